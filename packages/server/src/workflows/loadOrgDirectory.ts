import type { OrgDirectory } from '@formwork/runtime';
import { rolesHeldByUser } from '../org/rolesHeldByUser.js';
import type { Stores } from '../storage/Stores.js';

/**
 * The org directory as the workflow engine sees it, read through `stores` (the transition's `tx`)
 * once per transition: every user with their department, their system role and the organisation
 * roles they hold (a node naming role `finance` resolves to its members), the department tree with
 * its managers. A disabled user is inactive (the engine gives them no tasks); admins may end,
 * reactivate and reassign, and receive tasks nobody else resolves to.
 */
export async function loadOrgDirectory(stores: Pick<Stores, 'users' | 'departments' | 'roles'>): Promise<OrgDirectory> {
  // One after the other: on PostgreSQL `stores` is a transaction's one client, which runs a query at a time anyway.
  const users = await stores.users.list();
  const departments = await stores.departments.list();
  const held = await rolesHeldByUser(stores);
  return {
    users: users.map((user) => ({
      id: user.id,
      departmentIds: user.departmentId === null ? [] : [user.departmentId],
      roles: [user.role, ...(held.get(user.id) ?? [])],
      admin: user.role === 'admin',
      active: !user.disabled,
    })),
    departments: departments.map((department) => ({ id: department.id, parentId: department.parentId, managerId: department.managerId })),
  };
}
