import type { Role } from '@formwork/runtime';
import { useState, type FormEvent } from 'react';
import type { DepartmentNode } from '../../api/ApiTypes.js';
import type { OrgApi, UserAccount } from '../../api/OrgApi.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { orgMessages as m } from '../../i18n/orgMessages.js';
import { Dialog } from '../editor/Dialog.js';
import { flattenDepartments } from '../editor/flattenDepartments.js';
import { roleNames } from '../properties/roleNames.js';
import { useFieldId } from '../properties/useFieldId.js';
import { describeProblem } from './describeProblem.js';

export interface UserDialogProps {
  readonly api: OrgApi;
  readonly tree: readonly DepartmentNode[];
  /** The user to edit; null creates one (with an initial password). */
  readonly user: UserAccount | null;
  readonly onDone: (user: UserAccount) => void;
  readonly onClose: () => void;
}

/** Creates a user (username, display name, initial password, role, department) or edits one. */
export function UserDialog({ api, tree, user, onDone, onClose }: UserDialogProps) {
  const { t } = useLocale();
  const id = useFieldId();
  const [username, setUsername] = useState(user?.username ?? '');
  const [name, setName] = useState(user?.name ?? '');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>(user?.role ?? 'member');
  const [departmentId, setDepartmentId] = useState(user?.departmentId ?? '');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    const fields = { username: username.trim(), name: name.trim() || username.trim(), role, departmentId: departmentId || null };
    try {
      onDone(user ? await api.updateUser(user.id, fields) : await api.createUser({ ...fields, password }));
    } catch (error) {
      const labels = { '/username': t(m.username), '/name': t(m.displayName), '/password': t(m.password), '/role': t(m.role), '/departmentId': t(m.department) };
      setProblem(describeProblem(error, labels, t));
      setBusy(false);
    }
  };

  return (
    <Dialog title={user ? t(m.editUser, { name: user.name }) : t(m.newUser)} onClose={onClose}>
      <form className="fw-org-form" onSubmit={(event) => void submit(event)}>
        <label htmlFor={`${id}-username`}>{t(m.username)}</label>
        <input id={`${id}-username`} value={username} onChange={(event) => setUsername(event.target.value)} required maxLength={64} autoComplete="off" />
        <label htmlFor={`${id}-name`}>{t(m.displayName)}</label>
        <input id={`${id}-name`} value={name} onChange={(event) => setName(event.target.value)} maxLength={100} autoComplete="off" />
        {user ? null : (
          <>
            <label htmlFor={`${id}-password`}>{t(m.password)}</label>
            <input
              id={`${id}-password`}
              type="password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              required
              autoComplete="new-password"
              aria-describedby={`${id}-password-hint`}
            />
            <p id={`${id}-password-hint`} className="fw-hint">
              {t(m.passwordHint)}
            </p>
          </>
        )}
        <label htmlFor={`${id}-role`}>{t(m.role)}</label>
        <select id={`${id}-role`} value={role} onChange={(event) => setRole(event.target.value as Role)}>
          {roleNames.map((entry) => (
            <option key={entry.role} value={entry.role}>
              {t(entry.name)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-department`}>{t(m.department)}</label>
        <select id={`${id}-department`} value={departmentId} onChange={(event) => setDepartmentId(event.target.value)}>
          <option value="">{t(m.noDepartment)}</option>
          {flattenDepartments(tree).map((option) => (
            <option key={option.id} value={option.id}>
              {option.path}
            </option>
          ))}
        </select>
        {problem ? <p role="alert">{problem}</p> : null}
        <div className="fw-org-actions">
          <button type="submit" className="fw-btn-primary" disabled={busy}>
            {busy ? t(m.saving) : user ? t(m.save) : t(m.create)}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
