import { expect, it } from 'vitest';
import { addUser } from './seedContractData.js';
import type { OpenStores } from './OpenStores.js';
import { useStores } from './useStores.js';

/** Users, sessions, departments, roles and apps. */
export function orgContract(open: OpenStores): void {
  const current = useStores(open);

  it('users: finds by username regardless of case and keeps the hash apart', async () => {
    const stores = current();
    await addUser(stores, 'u1', 'Alice');
    expect(await stores.users.findCredentials('ALICE')).toMatchObject({ user: { id: 'u1', username: 'Alice' }, passwordHash: 'hash-u1' });
    expect(await stores.users.findById('u1')).not.toHaveProperty('passwordHash');
    expect(await stores.users.isUsernameTaken('alice')).toBe(true);
    expect(await stores.users.isUsernameTaken('alice', 'u1')).toBe(false);
    expect(await stores.users.findCredentials('bob')).toBeUndefined();
    await expect(addUser(stores, 'u2', 'ALICE')).rejects.toThrow();
  });

  it('users: updates only what is given, and can clear nullable properties', async () => {
    const stores = current();
    await stores.departments.create({ id: 'd1', name: 'D', parentId: null, managerId: null, createdAt: 1 });
    await addUser(stores, 'u1', 'alice', 'd1');
    expect(await stores.users.update('u1', { name: 'Alice L.' }, 5)).toMatchObject({ name: 'Alice L.', departmentId: 'd1', role: 'member', updatedAt: 5 });
    expect(await stores.users.update('u1', { departmentId: null, disabled: true }, 6)).toMatchObject({ departmentId: null, disabled: true, name: 'Alice L.' });
    expect(await stores.users.update('missing', { name: 'x' }, 7)).toBeUndefined();
    expect(await stores.users.countActiveAdmins()).toBe(0);
    expect(await stores.users.count()).toBe(1);
  });

  it('sessions: expire by idle time and absolute end; end per user', async () => {
    const stores = current();
    await addUser(stores, 'u1', 'a');
    await addUser(stores, 'u2', 'b');
    await stores.sessions.create({ tokenHash: 'h1', userId: 'u1', createdAt: 0, lastSeenAt: 0, expiresAt: 1000 });
    await stores.sessions.create({ tokenHash: 'h2', userId: 'u1', createdAt: 0, lastSeenAt: 0, expiresAt: 1000 });
    await stores.sessions.create({ tokenHash: 'h3', userId: 'u2', createdAt: 0, lastSeenAt: 0, expiresAt: 100 });
    await stores.sessions.touch('h1', 90);
    expect(await stores.sessions.deleteExpired(100, 50)).toBe(2); // h2 idle, h3 past its end
    expect(await stores.sessions.find('h1')).toMatchObject({ lastSeenAt: 90 });
    await stores.sessions.create({ tokenHash: 'h4', userId: 'u1', createdAt: 0, lastSeenAt: 95, expiresAt: 1000 });
    expect(await stores.sessions.deleteForUser('u1', 'h4')).toBe(1);
    expect(await stores.sessions.find('h4')).toBeDefined();
    await stores.sessions.delete('h4');
    expect(await stores.sessions.find('h4')).toBeUndefined();
  });

  it('departments: subtrees, ancestor chains and managers', async () => {
    const stores = current();
    const add = (id: string, parentId: string | null) => stores.departments.create({ id, name: id, parentId, managerId: null, createdAt: 1 });
    await add('root', null);
    await add('a', 'root');
    await add('a1', 'a');
    await add('b', 'root');
    await addUser(stores, 'm', 'manager');
    await stores.departments.update('a', { managerId: 'm' }, 2);
    expect((await stores.departments.subtreeIds('a')).sort()).toEqual(['a', 'a1']);
    expect((await stores.departments.subtreeIds('root')).sort()).toEqual(['a', 'a1', 'b', 'root']);
    expect(await stores.departments.subtreeIds('none')).toEqual([]);
    expect(await stores.departments.ancestorIds('a1')).toEqual(['a1', 'a', 'root']);
    expect(await stores.departments.countChildren('root')).toBe(2);
    expect(await stores.departments.managedBy('m')).toEqual(['a']);
    await expect(stores.departments.delete('a')).rejects.toThrow(); // it still has a child
  });

  it('roles: listed by name; members replaced, added twice without error; a role deleted takes its memberships along', async () => {
    const stores = current();
    await addUser(stores, 'u1', 'a');
    await addUser(stores, 'u2', 'b');
    await addUser(stores, 'u3', 'c');
    expect(await stores.roles.create({ id: 'finance', name: '财务', description: '会签', createdAt: 1 })).toEqual({ id: 'finance', name: '财务', description: '会签', createdAt: 1, updatedAt: 1 });
    await stores.roles.create({ id: 'director', name: 'Director', description: '', createdAt: 2 });
    expect((await stores.roles.list()).map((role) => role.id)).toEqual(['director', 'finance']);
    await expect(stores.roles.create({ id: 'finance', name: 'again', description: '', createdAt: 3 })).rejects.toThrow();
    await stores.roles.setMembers('finance', ['u1', 'u2']);
    await stores.roles.setMembers('finance', ['u2', 'u3']);
    await stores.roles.addMember('finance', 'u3');
    await stores.roles.addMember('director', 'u1');
    expect(await stores.roles.memberships()).toEqual([
      { roleId: 'director', userId: 'u1' },
      { roleId: 'finance', userId: 'u2' },
      { roleId: 'finance', userId: 'u3' },
    ]);
    await expect(stores.roles.setMembers('finance', ['nobody'])).rejects.toThrow();
    expect((await stores.roles.memberships()).filter((membership) => membership.roleId === 'finance')).toHaveLength(2);
    expect(await stores.roles.update('finance', { name: '财务部' }, 9)).toMatchObject({ name: '财务部', description: '会签', updatedAt: 9 });
    expect(await stores.roles.update('missing', { name: 'x' }, 9)).toBeUndefined();
    await stores.roles.delete('finance');
    expect(await stores.roles.findById('finance')).toBeUndefined();
    expect(await stores.roles.memberships()).toEqual([{ roleId: 'director', userId: 'u1' }]);
  });

  it('apps: create, list in creation order, update', async () => {
    const stores = current();
    await stores.apps.create({ id: 'a1', name: '销售', description: '', icon: null, createdBy: null, createdAt: 1 });
    await stores.apps.create({ id: 'a2', name: 'CRM', description: 'x', icon: 'star', createdBy: null, createdAt: 2 });
    expect((await stores.apps.list()).map((app) => app.id)).toEqual(['a1', 'a2']);
    expect(await stores.apps.update('a2', { description: 'y', icon: null }, 3)).toMatchObject({ name: 'CRM', description: 'y', icon: null, updatedAt: 3 });
    expect(await stores.apps.update('none', { name: 'z' }, 3)).toBeUndefined();
  });
}
