import type { SampleData } from '@formwork/templates';
import type { ServerContext } from '../ServerContext.js';
import { systemRoles } from '../org/rolesHeldByUser.js';
import type { Stores } from '../storage/Stores.js';

/** Who the sample's people became: generated id → stored id, and how many were new. */
export interface InstalledPeople {
  /** Generated user and department ids → the stored ones (record data is rebound through it). */
  readonly ids: ReadonlyMap<string, string>;
  readonly departments: { readonly created: number; readonly reused: number };
  readonly users: { readonly created: number; readonly reused: number };
}

/**
 * Inside the install's transaction: the sample's department tree and people, as real departments
 * and users. What already exists is reused, never changed — a department with the same name under
 * the same parent, a user with the same username (so installing the CRM and then the performance
 * template, or a template twice, gives one team whose records both apps read). New users get
 * `passwordHash`, the hash of the install's one random initial password (see `installTemplate`).
 * New departments get their managers once those users exist, and the people holding a bundle role
 * (`roleIds`: bundle key → stored role) are made its members.
 */
export async function installSamplePeople(context: Pick<ServerContext, 'now' | 'newId'>, tx: Stores, sample: SampleData, passwordHash: string, roleIds: ReadonlyMap<string, string> = new Map()): Promise<InstalledPeople> {
  const now = context.now();
  const ids = new Map<string, string>();
  const existing = await tx.departments.list();
  const createdDepartments: { id: string; sampleManagerId: string | null }[] = [];
  let reusedDepartments = 0;
  // The generator lists parents before their children.
  for (const department of sample.departments) {
    const parentId = department.parentId === null ? null : (ids.get(department.parentId) ?? null);
    const match = existing.find((candidate) => candidate.name === department.name && candidate.parentId === parentId);
    if (match) {
      ids.set(department.id, match.id);
      reusedDepartments++;
      continue;
    }
    const created = await tx.departments.create({ id: context.newId('dep'), name: department.name, parentId, managerId: null, createdAt: now });
    ids.set(department.id, created.id);
    createdDepartments.push({ id: created.id, sampleManagerId: department.managerId });
  }

  let createdUsers = 0;
  for (const person of sample.users) {
    const found = await tx.users.findCredentials(person.username);
    if (found) {
      ids.set(person.id, found.user.id);
      continue;
    }
    const user = await tx.users.create({
      id: context.newId('usr'),
      username: person.username,
      name: person.name,
      role: person.role,
      departmentId: ids.get(person.departmentId) ?? null,
      locale: 'zh-CN',
      createdAt: now,
      passwordHash,
    });
    ids.set(person.id, user.id);
    createdUsers++;
  }

  // The bundle's roles (总监, 财务, HR) go to the sample people who hold them, reused people too: a
  // person the CRM install created gets HR when the performance template, which has it, comes.
  for (const person of sample.users) {
    const userId = ids.get(person.id);
    for (const key of person.appRoles) {
      const roleId = roleIds.get(key);
      if (userId !== undefined && roleId !== undefined && !systemRoles.has(roleId)) await tx.roles.addMember(roleId, userId);
    }
  }

  for (const { id, sampleManagerId } of createdDepartments) {
    const managerId = sampleManagerId === null ? undefined : ids.get(sampleManagerId);
    if (managerId !== undefined) await tx.departments.update(id, { managerId }, now);
  }
  return {
    ids,
    departments: { created: createdDepartments.length, reused: reusedDepartments },
    users: { created: createdUsers, reused: sample.users.length - createdUsers },
  };
}
