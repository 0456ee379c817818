import type { NewOrgRole, OrgRole, RoleStore } from '../RoleStore.js';
import type { SqliteDatabase } from './openDatabase.js';
import type { Synchronous } from './Synchronous.js';

interface RoleRow {
  id: string;
  name: string;
  description: string;
  created_at: number;
  updated_at: number;
}

/** RoleStore over `org_roles` and `org_role_members` (migration 0014). */
export function createSqliteRoleStore(db: SqliteDatabase): Synchronous<RoleStore> {
  const insert = db.prepare<[NewOrgRole]>(
    'INSERT INTO org_roles (id, name, description, created_at, updated_at) VALUES (@id, @name, @description, @createdAt, @createdAt)',
  );
  const byId = db.prepare<[string], RoleRow>('SELECT * FROM org_roles WHERE id = ?');
  const all = db.prepare<[], RoleRow>('SELECT * FROM org_roles ORDER BY name, id');
  const update = db.prepare<[{ id: string; name: string | null; description: string | null; updatedAt: number }]>(
    'UPDATE org_roles SET name = coalesce(@name, name), description = coalesce(@description, description), updated_at = @updatedAt WHERE id = @id',
  );
  const remove = db.prepare<[string]>('DELETE FROM org_roles WHERE id = ?');
  const clearMembers = db.prepare<[string]>('DELETE FROM org_role_members WHERE role_id = ?');
  const addMember = db.prepare<[string, string]>('INSERT INTO org_role_members (role_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING');
  const memberships = db.prepare<[], { role_id: string; user_id: string }>('SELECT role_id, user_id FROM org_role_members ORDER BY role_id, user_id');
  const setMembers = db.transaction((roleId: string, userIds: readonly string[]) => {
    clearMembers.run(roleId);
    for (const userId of userIds) addMember.run(roleId, userId);
  });

  const find = (id: string): OrgRole | undefined => {
    const row = byId.get(id);
    return row ? toRole(row) : undefined;
  };
  return {
    create(role) {
      insert.run(role);
      const created = find(role.id);
      if (!created) throw new Error(`role ${role.id} was not written`);
      return created;
    },
    findById: find,
    list: () => all.all().map(toRole),
    update(id, changes, updatedAt) {
      const { changes: written } = update.run({ id, name: changes.name ?? null, description: changes.description ?? null, updatedAt });
      return written === 0 ? undefined : find(id);
    },
    delete: (id) => void remove.run(id),
    setMembers: (roleId, userIds) => setMembers(roleId, userIds),
    addMember: (roleId, userId) => void addMember.run(roleId, userId),
    memberships: () => memberships.all().map((row) => ({ roleId: row.role_id, userId: row.user_id })),
  };
}

function toRole(row: RoleRow): OrgRole {
  return { id: row.id, name: row.name, description: row.description, createdAt: row.created_at, updatedAt: row.updated_at };
}
