import { useEffect, useState } from 'react';
import type { ApiClient } from '../../api/createApiClient.js';
import { flattenDepartments } from '../editor/flattenDepartments.js';
import type { OrgDirectory } from '../editor/OrgDirectoryContext.js';

/** Loads the users and departments once per editor page, for the access settings' pickers. */
export function useOrgDirectoryLoader(api: ApiClient): OrgDirectory {
  const [directory, setDirectory] = useState<OrgDirectory>({ users: [], departments: [], status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    Promise.all([api.listUsers(), api.listDepartments()]).then(
      ([users, departments]) => {
        if (!cancelled) setDirectory({ users, departments: flattenDepartments(departments), status: 'ready' });
      },
      () => {
        if (!cancelled) setDirectory({ users: [], departments: [], status: 'failed' });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api]);
  return directory;
}
