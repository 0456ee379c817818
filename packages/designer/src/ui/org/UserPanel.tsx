import { useState } from 'react';
import type { DepartmentNode } from '../../api/ApiTypes.js';
import type { OrgApi, UserAccount } from '../../api/OrgApi.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { orgMessages as m } from '../../i18n/orgMessages.js';
import { flattenDepartments } from '../editor/flattenDepartments.js';
import { roleNames } from '../properties/roleNames.js';
import { useFieldId } from '../properties/useFieldId.js';
import { describeProblem } from './describeProblem.js';
import { ImportUsersDialog } from './ImportUsersDialog.js';
import { ResetPasswordDialog } from './ResetPasswordDialog.js';
import { UserDialog } from './UserDialog.js';

export interface UserPanelProps {
  readonly api: OrgApi;
  readonly users: readonly UserAccount[];
  readonly tree: readonly DepartmentNode[];
  /** A user was created, changed or imported: reload, and say so. */
  readonly onChanged: (notice: string) => void;
}

type OpenDialog = { readonly kind: 'create' } | { readonly kind: 'edit' | 'password'; readonly user: UserAccount } | { readonly kind: 'import' };

/** The users table with search, and the dialogs to create, edit, reset a password and import. */
export function UserPanel({ api, users, tree, onChanged }: UserPanelProps) {
  const { t } = useLocale();
  const id = useFieldId();
  const [query, setQuery] = useState('');
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const paths = new Map(flattenDepartments(tree).map((option) => [option.id, option.path]));
  const departmentOf = (user: UserAccount): string => (user.departmentId ? (paths.get(user.departmentId) ?? '') : '');
  const needle = query.trim().toLowerCase();
  const shown = needle === '' ? users : users.filter((user) => [user.username, user.name, departmentOf(user)].some((text) => text.toLowerCase().includes(needle)));

  const toggle = async (user: UserAccount): Promise<void> => {
    setProblem(null);
    try {
      const changed = await api.updateUser(user.id, { disabled: !user.disabled });
      onChanged(changed.disabled ? t(m.userDisabled, { name: changed.name }) : t(m.userEnabled, { name: changed.name }));
    } catch (error) {
      setProblem(describeProblem(error, {}, t));
    }
  };

  return (
    <section className="fw-org-panel" aria-labelledby={`${id}-title`}>
      <div className="fw-org-panel-head">
        <h3 id={`${id}-title`}>{t(m.users)}</h3>
        <button type="button" onClick={() => setDialog({ kind: 'create' })}>
          {t(m.newUser)}
        </button>
        <button type="button" onClick={() => setDialog({ kind: 'import' })}>
          {t(m.importUsers)}
        </button>
      </div>
      <div className="fw-org-search">
        <label htmlFor={`${id}-search`}>{t(m.searchUsers)}</label>
        <input id={`${id}-search`} type="search" value={query} onChange={(event) => setQuery(event.target.value)} aria-describedby={`${id}-search-hint`} />
        <span id={`${id}-search-hint`} className="fw-hint">
          {t(m.searchHint)}
        </span>
      </div>
      {problem ? <p role="alert">{problem}</p> : null}
      {/* Wide tables scroll on their own on a phone; the region lets the keyboard scroll it. */}
      <div className="fw-org-table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="fw-org-table">
          <caption id={`${id}-caption`} className="fw-visually-hidden">
            {t(m.userList)}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t(m.username)}</th>
              <th scope="col">{t(m.displayName)}</th>
              <th scope="col">{t(m.role)}</th>
              <th scope="col">{t(m.department)}</th>
              <th scope="col">{t(m.status)}</th>
              <th scope="col">{t(m.actions)}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((user) => (
              <tr key={user.id} data-disabled={user.disabled || undefined}>
                <th scope="row">{user.username}</th>
                <td>{user.name}</td>
                <td>{t(roleNames.find((entry) => entry.role === user.role)?.name ?? { 'zh-CN': user.role, en: user.role })}</td>
                <td>{departmentOf(user)}</td>
                <td>{user.disabled ? t(m.disabled) : t(m.active)}</td>
                <td className="fw-org-row-actions">
                  <button type="button" className="fw-btn-text" aria-label={t(m.editNamed, { name: user.username })} onClick={() => setDialog({ kind: 'edit', user })}>
                    {t(m.edit)}
                  </button>
                  <button
                    type="button"
                    className="fw-btn-text"
                    aria-label={t(user.disabled ? m.enableNamed : m.disableNamed, { name: user.username })}
                    onClick={() => void toggle(user)}
                  >
                    {user.disabled ? t(m.enable) : t(m.disable)}
                  </button>
                  <button type="button" className="fw-btn-text" aria-label={t(m.resetPasswordNamed, { name: user.username })} onClick={() => setDialog({ kind: 'password', user })}>
                    {t(m.resetPassword)}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.length === 0 && users.length > 0 ? <p className="fw-muted">{t(m.noUsersMatch)}</p> : null}
      {dialog?.kind === 'create' || dialog?.kind === 'edit' ? (
        <UserDialog
          api={api}
          tree={tree}
          user={dialog.kind === 'edit' ? dialog.user : null}
          onClose={() => setDialog(null)}
          onDone={(user) => {
            setDialog(null);
            onChanged(dialog.kind === 'edit' ? t(m.userSaved, { name: user.name }) : t(m.userCreated, { name: user.name }));
          }}
        />
      ) : null}
      {dialog?.kind === 'password' ? (
        <ResetPasswordDialog
          api={api}
          user={dialog.user}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            onChanged(t(m.passwordReset, { name: dialog.user.name }));
          }}
        />
      ) : null}
      {dialog?.kind === 'import' ? <ImportUsersDialog api={api} onClose={() => setDialog(null)} onImported={(count) => onChanged(t(m.imported, { count }))} /> : null}
    </section>
  );
}
