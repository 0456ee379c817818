import { useCallback, useEffect, useState } from 'react';
import type { DepartmentNode } from '../../api/ApiTypes.js';
import type { OrgApi, UserAccount } from '../../api/OrgApi.js';
import type { OrgRole, RoleApi } from '../../api/RoleApi.js';
import { appMessages } from '../../i18n/appMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { orgMessages as m } from '../../i18n/orgMessages.js';
import { usePageTitle } from '../app/usePageTitle.js';
import { useFieldId } from '../properties/useFieldId.js';
import { describeProblem } from './describeProblem.js';
import { DepartmentPanel } from './DepartmentPanel.js';
import { RolePanel } from './RolePanel.js';
import { UserPanel } from './UserPanel.js';

/**
 * The organisation, for admins: the department tree, the users and the organisation roles. Every
 * change reloads all three from the server (a move changes paths, a new user may manage a
 * department or join a role) and is announced in a status line.
 */
export function OrgPage({ api }: { readonly api: OrgApi & RoleApi }) {
  const { t } = useLocale();
  const heading = usePageTitle(t(m.organisation), t(appMessages.productName));
  const titleId = useFieldId();
  const [users, setUsers] = useState<readonly UserAccount[] | null>(null);
  const [tree, setTree] = useState<readonly DepartmentNode[] | null>(null);
  const [roles, setRoles] = useState<readonly OrgRole[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const reload = useCallback(async (): Promise<void> => {
    try {
      const [nextUsers, nextTree, nextRoles] = await Promise.all([api.listUserAccounts(), api.listDepartments(), api.listRoles()]);
      setUsers(nextUsers);
      setTree(nextTree);
      setRoles(nextRoles);
      setProblem(null);
    } catch (error) {
      setProblem(describeProblem(error, {}, t));
    }
  }, [api, t]);
  useEffect(() => {
    void reload();
  }, [reload]);
  const changed = (text: string): void => {
    setNotice(text);
    void reload();
  };

  return (
    <section className="fw-org" aria-labelledby={titleId}>
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {t(m.organisation)}
      </h2>
      <p role="status" className="fw-org-notice">
        {notice}
      </p>
      {problem ? <p role="alert">{t(appMessages.requestFailed, { message: problem })}</p> : null}
      {users === null || tree === null || roles === null ? (
        problem ? null : <p>{t(appMessages.loading)}</p>
      ) : (
        <div className="fw-org-panels">
          <DepartmentPanel api={api} tree={tree} users={users} onChanged={changed} />
          <UserPanel api={api} users={users} tree={tree} onChanged={changed} />
          <RolePanel api={api} roles={roles} users={users} onChanged={changed} />
        </div>
      )}
    </section>
  );
}
