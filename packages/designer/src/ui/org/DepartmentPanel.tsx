import { useState } from 'react';
import type { DepartmentNode } from '../../api/ApiTypes.js';
import type { OrgApi, UserAccount } from '../../api/OrgApi.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { orgMessages as m } from '../../i18n/orgMessages.js';
import { useFieldId } from '../properties/useFieldId.js';
import { DepartmentDialog } from './DepartmentDialog.js';
import { DepartmentList } from './DepartmentList.js';

export interface DepartmentPanelProps {
  readonly api: OrgApi;
  readonly tree: readonly DepartmentNode[];
  readonly users: readonly UserAccount[];
  /** A department was created or changed: reload, and say so. */
  readonly onChanged: (notice: string) => void;
}

/** The department tree and the dialog that creates a department or changes one. */
export function DepartmentPanel({ api, tree, users, onChanged }: DepartmentPanelProps) {
  const { t } = useLocale();
  const titleId = useFieldId();
  // undefined: no dialog; null: a new department.
  const [open, setOpen] = useState<DepartmentNode | null | undefined>(undefined);
  const names = new Map(users.map((user) => [user.id, user.name]));
  return (
    <section className="fw-org-panel" aria-labelledby={titleId}>
      <div className="fw-org-panel-head">
        <h3 id={titleId}>{t(m.departments)}</h3>
        <button type="button" onClick={() => setOpen(null)}>
          {t(m.newDepartment)}
        </button>
      </div>
      {tree.length === 0 ? <p className="fw-muted">{t(m.noDepartments)}</p> : <DepartmentList nodes={tree} nameOf={(id) => names.get(id)} onOpen={setOpen} label={t(m.departmentTree)} />}
      {open !== undefined ? (
        <DepartmentDialog
          api={api}
          tree={tree}
          users={users}
          department={open}
          onClose={() => setOpen(undefined)}
          onDone={(name) => {
            setOpen(undefined);
            onChanged(open ? t(m.departmentSaved, { name }) : t(m.departmentCreated, { name }));
          }}
        />
      ) : null}
    </section>
  );
}
