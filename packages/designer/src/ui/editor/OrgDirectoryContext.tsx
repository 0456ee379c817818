import { createContext, useContext } from 'react';
import type { DirectoryUser } from '../../api/ApiTypes.js';
import type { DepartmentOption } from './flattenDepartments.js';

/** The users and departments an admin can name in a form's access settings. */
export interface OrgDirectory {
  readonly users: readonly DirectoryUser[];
  readonly departments: readonly DepartmentOption[];
  /** `failed` when the server could not be asked: pickers still show (and can remove) stored ids. */
  readonly status: 'loading' | 'ready' | 'failed';
}

export const OrgDirectoryContext = createContext<OrgDirectory>({ users: [], departments: [], status: 'ready' });

/** The organisation's users and departments, as loaded for the open form. */
export function useOrgDirectory(): OrgDirectory {
  return useContext(OrgDirectoryContext);
}
