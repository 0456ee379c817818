import { describe, expect, it } from 'vitest';
import { createSqliteStores } from '../storage/sqlite/createSqliteStores.js';
import { migrateDatabase } from '../storage/sqlite/migrateDatabase.js';
import { openDatabase } from '../storage/sqlite/openDatabase.js';
import { installBundleRoles, rebindRoleKeys } from './installBundleRoles.js';

describe('installBundleRoles', () => {
  it('creates missing roles under their keys, reuses one stored under the key or named alike, and leaves system roles alone', async () => {
    const db = openDatabase(':memory:');
    migrateDatabase(db, () => 0);
    const stores = createSqliteStores(db);
    await stores.roles.create({ id: 'rol_1', name: '财务', description: 'made by an admin', createdAt: 1 });
    await stores.roles.create({ id: 'director', name: 'Sales director', description: '', createdAt: 1 });
    const ids = await stores.transaction((tx) =>
      installBundleRoles(tx, [
        { key: 'director', name: '销售总监' },
        { key: 'finance', name: '财务' },
        { key: 'hr', name: '人力资源', description: '确认考核' },
        { key: 'manager', name: '经理' },
      ], 5),
    );
    expect(Object.fromEntries(ids)).toEqual({ director: 'director', finance: 'rol_1', hr: 'hr', manager: 'manager' });
    expect((await stores.roles.list()).map((role) => [role.id, role.name, role.description])).toEqual([
      ['director', 'Sales director', ''],
      ['hr', '人力资源', '确认考核'],
      ['rol_1', '财务', 'made by an admin'],
    ]);
    db.close();
  });
});

describe('rebindRoleKeys', () => {
  it('rewrites role assignees wherever they sit and a scheme scope’s roles, nothing else', () => {
    const ids = new Map([['finance', 'rol_1'], ['hunter', 'rol_2']]);
    const workflow = {
      nodes: [
        { id: 'n1', type: 'approval', assignees: [{ kind: 'role', role: 'finance' }, { kind: 'member', userId: 'finance' }, { kind: 'role', role: 'unknown' }] },
        { id: 'n2', type: 'cc', recipients: [{ kind: 'role', role: 'finance' }], role: 'finance' },
      ],
    };
    expect(rebindRoleKeys(workflow, ids)).toEqual({
      nodes: [
        { id: 'n1', type: 'approval', assignees: [{ kind: 'role', role: 'rol_1' }, { kind: 'member', userId: 'finance' }, { kind: 'role', role: 'unknown' }] },
        { id: 'n2', type: 'cc', recipients: [{ kind: 'role', role: 'rol_1' }], role: 'finance' },
      ],
    });
    expect(rebindRoleKeys({ scope: { roles: ['hunter', 'member'], departments: ['finance'] }, roles: ['finance'] }, ids)).toEqual({
      scope: { roles: ['rol_2', 'member'], departments: ['finance'] },
      roles: ['finance'],
    });
  });
});
