import { useEffect, useRef, useState } from 'react';
import type { UserAccount } from '../../api/OrgApi.js';
import type { OrgRole, RoleApi } from '../../api/RoleApi.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { orgMessages as m } from '../../i18n/orgMessages.js';
import { useFieldId } from '../properties/useFieldId.js';
import { DeleteRoleDialog } from './DeleteRoleDialog.js';
import { RoleDialog } from './RoleDialog.js';

export interface RolePanelProps {
  readonly api: RoleApi;
  readonly roles: readonly OrgRole[];
  readonly users: readonly UserAccount[];
  /** A role was created, changed or deleted: reload, and say so. */
  readonly onChanged: (notice: string) => void;
}

type OpenDialog = { readonly kind: 'create' } | { readonly kind: 'edit' | 'delete'; readonly role: OrgRole };

/** The organisation roles with their members, and the dialogs to create, change and delete one. */
export function RolePanel({ api, roles, users, onChanged }: RolePanelProps) {
  const { t } = useLocale();
  const id = useFieldId();
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  // A deleted role's row takes the button focus went back to: once it is gone, focus goes to "New role".
  const [deletedId, setDeletedId] = useState<string | null>(null);
  const newRole = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    if (deletedId === null || roles.some((role) => role.id === deletedId)) return;
    setDeletedId(null);
    newRole.current?.focus();
  }, [deletedId, roles]);
  const names = new Map(users.map((user) => [user.id, user.name]));
  const membersOf = (role: OrgRole): string => role.memberIds.map((userId) => names.get(userId) ?? t(m.unknownUser, { id: userId })).join(t(m.nameSeparator));

  return (
    <section className="fw-org-panel fw-org-panel-wide" aria-labelledby={`${id}-title`}>
      <div className="fw-org-panel-head">
        <h3 id={`${id}-title`}>{t(m.roles)}</h3>
        <button ref={newRole} type="button" onClick={() => setDialog({ kind: 'create' })}>
          {t(m.newRole)}
        </button>
      </div>
      <p className="fw-hint">{t(m.rolesHint)}</p>
      {roles.length === 0 ? (
        <p className="fw-muted">{t(m.noRoles)}</p>
      ) : (
        <div className="fw-org-table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
          <table className="fw-org-table">
            <caption id={`${id}-caption`} className="fw-visually-hidden">
              {t(m.roleList)}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t(m.roleName)}</th>
                <th scope="col">{t(m.roleDescription)}</th>
                <th scope="col">{t(m.roleMembers)}</th>
                <th scope="col">{t(m.actions)}</th>
              </tr>
            </thead>
            <tbody>
              {roles.map((role) => (
                <tr key={role.id}>
                  <th scope="row">{role.name}</th>
                  <td className="fw-org-wrap">{role.description}</td>
                  <td className="fw-org-wrap">{role.memberIds.length > 0 ? membersOf(role) : <span className="fw-muted">{t(m.noRoleMembers)}</span>}</td>
                  <td className="fw-org-row-actions">
                    <button type="button" className="fw-btn-text" aria-label={t(m.editRoleNamed, { name: role.name })} onClick={() => setDialog({ kind: 'edit', role })}>
                      {t(m.edit)}
                    </button>
                    <button type="button" className="fw-btn-text" aria-label={t(m.deleteRoleNamed, { name: role.name })} onClick={() => setDialog({ kind: 'delete', role })}>
                      {t(m.deleteRole)}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {dialog?.kind === 'create' || dialog?.kind === 'edit' ? (
        <RoleDialog
          api={api}
          users={users}
          role={dialog.kind === 'edit' ? dialog.role : null}
          onClose={() => setDialog(null)}
          onDone={(name) => {
            setDialog(null);
            onChanged(dialog.kind === 'edit' ? t(m.roleSaved, { name }) : t(m.roleCreated, { name }));
          }}
        />
      ) : null}
      {dialog?.kind === 'delete' ? (
        <DeleteRoleDialog
          api={api}
          role={dialog.role}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            setDeletedId(dialog.role.id);
            onChanged(t(m.roleDeleted, { name: dialog.role.name }));
          }}
        />
      ) : null}
    </section>
  );
}
