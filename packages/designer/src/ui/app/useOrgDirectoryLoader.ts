import { useEffect, useState } from 'react';
import type { ApiClient } from '../../api/createApiClient.js';
import { flattenDepartments } from '../editor/flattenDepartments.js';
import type { OrgDirectory } from '../editor/OrgDirectoryContext.js';

/** Loads the users, departments and organisation roles once per editor page, for the access settings' and the workflow's pickers. */
export function useOrgDirectoryLoader(api: ApiClient): OrgDirectory {
  const [directory, setDirectory] = useState<OrgDirectory>({ users: [], departments: [], roles: [], status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    Promise.all([api.listUsers(), api.listDepartments(), api.listRoles()]).then(
      ([users, departments, roles]) => {
        if (!cancelled) setDirectory({ users, departments: flattenDepartments(departments), roles, status: 'ready' });
      },
      () => {
        if (!cancelled) setDirectory({ users: [], departments: [], roles: [], status: 'failed' });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api]);
  return directory;
}
