import { useState, type FormEvent } from 'react';
import type { DepartmentNode } from '../../api/ApiTypes.js';
import type { OrgApi, UserAccount } from '../../api/OrgApi.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { orgMessages as m } from '../../i18n/orgMessages.js';
import { Dialog } from '../editor/Dialog.js';
import { useFieldId } from '../properties/useFieldId.js';
import { describeProblem } from './describeProblem.js';
import { parentChoices } from './parentChoices.js';

export interface DepartmentDialogProps {
  readonly api: OrgApi;
  readonly tree: readonly DepartmentNode[];
  readonly users: readonly UserAccount[];
  /** The department to rename, move or give a manager; null creates one. */
  readonly department: DepartmentNode | null;
  readonly onDone: (name: string) => void;
  readonly onClose: () => void;
}

/** Creates a department, or renames, moves (under a valid parent only) and sets the manager of one. */
export function DepartmentDialog({ api, tree, users, department, onDone, onClose }: DepartmentDialogProps) {
  const { t } = useLocale();
  const id = useFieldId();
  const [name, setName] = useState(department?.name ?? '');
  const [parentId, setParentId] = useState(department?.parentId ?? '');
  const [managerId, setManagerId] = useState(department?.managerId ?? '');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const parents = parentChoices(tree, department?.id ?? null);
  // Disabled users cannot sign in, so they are offered only when they already manage it.
  const managers = users.filter((user) => !user.disabled || user.id === department?.managerId);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    const fields = { name: name.trim(), parentId: parentId || null, managerId: managerId || null };
    try {
      if (department) await api.updateDepartment(department.id, fields);
      else await api.createDepartment(fields);
      onDone(fields.name);
    } catch (error) {
      setProblem(describeProblem(error, { '/name': t(m.departmentName), '/parentId': t(m.parentDepartment), '/managerId': t(m.manager) }, t));
      setBusy(false);
    }
  };

  return (
    <Dialog title={department ? t(m.editDepartment, { name: department.name }) : t(m.newDepartment)} onClose={onClose}>
      <form className="fw-org-form" onSubmit={(event) => void submit(event)}>
        <label htmlFor={`${id}-name`}>{t(m.departmentName)}</label>
        <input id={`${id}-name`} value={name} onChange={(event) => setName(event.target.value)} required maxLength={100} />
        <label htmlFor={`${id}-parent`}>{t(m.parentDepartment)}</label>
        <select id={`${id}-parent`} value={parentId} onChange={(event) => setParentId(event.target.value)} aria-describedby={department ? `${id}-parent-hint` : undefined}>
          <option value="">{t(m.topLevel)}</option>
          {parents.map((option) => (
            <option key={option.id} value={option.id}>
              {option.path}
            </option>
          ))}
        </select>
        {department ? (
          <p id={`${id}-parent-hint`} className="fw-hint">
            {t(m.parentHint)}
          </p>
        ) : null}
        <label htmlFor={`${id}-manager`}>{t(m.manager)}</label>
        <select id={`${id}-manager`} value={managerId} onChange={(event) => setManagerId(event.target.value)}>
          <option value="">{t(m.noManager)}</option>
          {managers.map((user) => (
            <option key={user.id} value={user.id}>
              {user.name === user.username ? user.name : `${user.name} (${user.username})`}
            </option>
          ))}
        </select>
        {problem ? <p role="alert">{problem}</p> : null}
        <div className="fw-org-actions">
          <button type="submit" className="fw-btn-primary" disabled={busy}>
            {busy ? t(m.saving) : department ? t(m.save) : t(m.create)}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
