import type { PgQueryable } from '../PgQueryable.js';
import type { OrgRole, RoleStore } from '../../RoleStore.js';
import { readBigint } from './readBigint.js';

interface RoleRow {
  id: string;
  name: string;
  description: string;
  created_at: number | string;
  updated_at: number | string;
}

const columns = 'id, name, description, created_at, updated_at';

/**
 * RoleStore over `org_roles` and `org_role_members`, as on SQLite. `setMembers` is one statement
 * (drop the members not kept, insert the new ones), so it is atomic on the pool too.
 */
export function createPgRoleStore(db: PgQueryable): RoleStore {
  const one = async (text: string, values: unknown[]): Promise<OrgRole | undefined> => {
    const { rows } = await db.query<RoleRow>(text, values);
    return rows[0] ? toRole(rows[0]) : undefined;
  };
  return {
    async create(role) {
      const created = await one(
        `INSERT INTO org_roles (id, name, description, created_at, updated_at) VALUES ($1, $2, $3, $4, $4) RETURNING ${columns}`,
        [role.id, role.name, role.description, role.createdAt],
      );
      if (!created) throw new Error(`role ${role.id} was not written`);
      return created;
    },
    findById: (id) => one(`SELECT ${columns} FROM org_roles WHERE id = $1`, [id]),
    async list() {
      const { rows } = await db.query<RoleRow>(`SELECT ${columns} FROM org_roles ORDER BY name, id`);
      return rows.map(toRole);
    },
    update: (id, changes, updatedAt) =>
      one(
        `UPDATE org_roles SET name = coalesce($2, name), description = coalesce($3, description), updated_at = $4 WHERE id = $1 RETURNING ${columns}`,
        [id, changes.name ?? null, changes.description ?? null, updatedAt],
      ),
    async delete(id) {
      await db.query('DELETE FROM org_roles WHERE id = $1', [id]);
    },
    async setMembers(roleId, userIds) {
      await db.query(
        `WITH cleared AS (DELETE FROM org_role_members WHERE role_id = $1 AND NOT (user_id = ANY ($2::text[])))
         INSERT INTO org_role_members (role_id, user_id) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`,
        [roleId, [...new Set(userIds)]],
      );
    },
    async addMember(roleId, userId) {
      await db.query('INSERT INTO org_role_members (role_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [roleId, userId]);
    },
    async memberships() {
      const { rows } = await db.query<{ role_id: string; user_id: string }>('SELECT role_id, user_id FROM org_role_members ORDER BY role_id, user_id');
      return rows.map((row) => ({ roleId: row.role_id, userId: row.user_id }));
    },
  };
}

function toRole(row: RoleRow): OrgRole {
  return { id: row.id, name: row.name, description: row.description, createdAt: readBigint(row.created_at), updatedAt: readBigint(row.updated_at) };
}
