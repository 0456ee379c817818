import type { Stores } from '../storage/Stores.js';
import { usernameKey } from '../storage/UserStore.js';

/** Finds members and departments by what people type in a spreadsheet. */
export interface OrgDirectory {
  /** A user id from an id, a username (any case) or a name that only one user has. */
  userId(text: string): string | undefined;
  /** A department id from an id or a name that only one department has. */
  departmentId(text: string): string | undefined;
  /** A user's display name (exports show names, not ids). */
  userName(id: string): string | undefined;
  departmentName(id: string): string | undefined;
}

/** The whole organisation read once (for one import or export). Ambiguous names match nobody. */
export async function createOrgDirectory(stores: Pick<Stores, 'users' | 'departments'>): Promise<OrgDirectory> {
  const users = await stores.users.list();
  const departments = await stores.departments.list();
  const userByKey = new Map<string, string | null>();
  const add = (map: Map<string, string | null>, key: string, id: string): void => {
    const known = map.get(key);
    map.set(key, known === undefined || known === id ? id : null);
  };
  for (const user of users) {
    add(userByKey, user.id, user.id);
    add(userByKey, usernameKey(user.username), user.id);
    add(userByKey, user.name.trim(), user.id);
  }
  const departmentByKey = new Map<string, string | null>();
  for (const department of departments) {
    add(departmentByKey, department.id, department.id);
    add(departmentByKey, department.name.trim(), department.id);
  }
  const userNames = new Map(users.map((user) => [user.id, user.name]));
  const departmentNames = new Map(departments.map((department) => [department.id, department.name]));
  return {
    userId: (text) => userByKey.get(text.trim()) ?? userByKey.get(usernameKey(text.trim())) ?? undefined,
    departmentId: (text) => departmentByKey.get(text.trim()) ?? undefined,
    userName: (id) => userNames.get(id),
    departmentName: (id) => departmentNames.get(id),
  };
}
