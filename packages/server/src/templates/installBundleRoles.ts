import type { BundleRole, JsonObject } from '@formwork/runtime';
import { systemRoles } from '../org/rolesHeldByUser.js';
import type { Stores } from '../storage/Stores.js';


/**
 * Inside the install's transaction: the bundle's roles (销售总监, 财务, 人力资源) as organisation
 * roles. A role stored under the bundle's key (an earlier install of this or another template) is
 * reused, and so is one an admin made with the same name (compared without case, so installing
 * the CRM into a company that already has 财务 routes contracts to its finance people); otherwise
 * the role is created with the key as its id. Returns bundle key → stored role id.
 */
export async function installBundleRoles(tx: Stores, roles: readonly BundleRole[], now: number): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const stored = await tx.roles.list();
  for (const role of roles) {
    // A bundle naming a system role means it: nothing is created.
    if (systemRoles.has(role.key)) {
      ids.set(role.key, role.key);
      continue;
    }
    const match = stored.find((candidate) => candidate.id === role.key) ?? stored.find((candidate) => candidate.name.toLocaleLowerCase() === role.name.toLocaleLowerCase());
    if (match) {
      ids.set(role.key, match.id);
      continue;
    }
    const created = await tx.roles.create({ id: role.key, name: role.name, description: role.description ?? '', createdAt: now });
    stored.push(created);
    ids.set(role.key, created.id);
  }
  return ids;
}

/**
 * A bundled document with its role keys replaced by the stored role ids: workflow assignees
 * (`{ kind: 'role', role }`, wherever they sit) and a scoring scheme's `scope.roles`. Keys the
 * bundle does not declare are left as they are (the bundle's checks refuse those).
 *
 * @example
 * rebindRoleKeys({ assignees: [{ kind: 'role', role: 'finance' }] }, new Map([['finance', 'rol_7']]))
 */
export function rebindRoleKeys<T extends object>(document: T, roleIds: ReadonlyMap<string, string>): T {
  return rebind(document as unknown as JsonObject, roleIds, null) as unknown as T;
}

function rebind(value: unknown, roleIds: ReadonlyMap<string, string>, parentKey: string | null): unknown {
  if (Array.isArray(value)) return value.map((item) => rebind(item, roleIds, null));
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  const assignee = (value as { kind?: unknown }).kind === 'role';
  for (const [key, item] of Object.entries(value)) {
    if (assignee && key === 'role' && typeof item === 'string') copy[key] = roleIds.get(item) ?? item;
    else if (parentKey === 'scope' && key === 'roles' && Array.isArray(item)) copy[key] = item.map((role: unknown) => (typeof role === 'string' ? (roleIds.get(role) ?? role) : role));
    else copy[key] = rebind(item, roleIds, key);
  }
  return copy;
}
