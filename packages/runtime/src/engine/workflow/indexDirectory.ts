import type { DirectoryDepartment, DirectoryUser, OrgDirectory } from './WorkflowContext.js';

/** Lookups over an org directory, built once per directory object. */
export interface DirectoryIndex {
  readonly user: (id: string) => DirectoryUser | undefined;
  readonly department: (id: string) => DirectoryDepartment | undefined;
  readonly children: (id: string) => readonly string[];
  readonly membersOf: (departmentId: string) => readonly string[];
  readonly withRole: (role: string) => readonly string[];
  readonly admins: readonly string[];
  /** Active users only: a disabled user gets no task. */
  readonly isActive: (id: string) => boolean;
}

// Directories are rebuilt by the host when the org changes; transitions reuse the same object.
const cache = new WeakMap<OrgDirectory, DirectoryIndex>();

function pushTo(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** The directory's lookups (users, departments, children, members, roles), cached per directory. */
export function indexDirectory(directory: OrgDirectory): DirectoryIndex {
  const cached = cache.get(directory);
  if (cached !== undefined) return cached;
  const users = new Map(directory.users.map((user) => [user.id, user]));
  const departments = new Map(directory.departments.map((department) => [department.id, department]));
  const children = new Map<string, string[]>();
  for (const department of directory.departments) {
    if (department.parentId != null) pushTo(children, department.parentId, department.id);
  }
  const members = new Map<string, string[]>();
  const roles = new Map<string, string[]>();
  const isActive = (id: string): boolean => users.get(id)?.active !== false && users.has(id);
  for (const user of directory.users) {
    if (user.active === false) continue;
    for (const departmentId of user.departmentIds) pushTo(members, departmentId, user.id);
    for (const role of user.roles) pushTo(roles, role, user.id);
  }
  const index: DirectoryIndex = {
    user: (id) => users.get(id),
    department: (id) => departments.get(id),
    children: (id) => children.get(id) ?? [],
    membersOf: (id) => members.get(id) ?? [],
    withRole: (role) => roles.get(role) ?? [],
    admins: directory.users.filter((user) => user.admin === true && user.active !== false).map((user) => user.id),
    isActive,
  };
  cache.set(directory, index);
  return index;
}
