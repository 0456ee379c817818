import { createContext, useContext } from 'react';
import type { DirectoryUser } from '../../api/ApiTypes.js';
import type { OrgRoleSummary } from '../../api/RoleApi.js';
import type { DepartmentOption } from './flattenDepartments.js';

/** The users, departments and organisation roles an admin can name in a form's settings and workflow. */
export interface OrgDirectory {
  readonly users: readonly DirectoryUser[];
  readonly departments: readonly DepartmentOption[];
  /** The organisation roles (财务, 销售总监) a workflow step may name; absent where none were loaded. */
  readonly roles?: readonly OrgRoleSummary[];
  /** `failed` when the server could not be asked: pickers still show (and can remove) stored ids. */
  readonly status: 'loading' | 'ready' | 'failed';
}

export const OrgDirectoryContext = createContext<OrgDirectory>({ users: [], departments: [], status: 'ready' });

/** The organisation's users, departments and roles, as loaded for the open form. */
export function useOrgDirectory(): OrgDirectory {
  return useContext(OrgDirectoryContext);
}
