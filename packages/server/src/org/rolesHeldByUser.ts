import type { Stores } from '../storage/Stores.js';

/** The system roles every user has exactly one of (`users.role`): what they may do. */
export const systemRoles: ReadonlySet<string> = new Set(['member', 'manager', 'admin']);

/**
 * Each user's organisation roles (财务, 销售总监) by user id, read in one query: what the workflow
 * directory and scoring scopes add to a user's system role.
 */
export async function rolesHeldByUser(stores: Pick<Stores, 'roles'>): Promise<ReadonlyMap<string, readonly string[]>> {
  const held = new Map<string, string[]>();
  for (const { roleId, userId } of await stores.roles.memberships()) {
    const roles = held.get(userId);
    if (roles) roles.push(roleId);
    else held.set(userId, [roleId]);
  }
  return held;
}
