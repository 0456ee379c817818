import type { Locale, Role } from '@formwork/runtime';
import type { PgQueryable } from '../PgQueryable.js';
import { usernameKey, type NewUser, type User, type UserChanges, type UserStore } from '../../UserStore.js';
import { readBigint } from './readBigint.js';

interface UserRow {
  id: string;
  username: string;
  name: string;
  role: Role;
  department_id: string | null;
  locale: Locale | null;
  disabled: boolean;
  created_at: number | string;
  updated_at: number | string;
}

const columns = 'id, username, name, role, department_id, locale, disabled, created_at, updated_at';

/**
 * UserStore over PostgreSQL. Usernames are unique by `usernameKey` (NFKC, lower case), computed
 * here as on SQLite and kept in `username_key` under a unique constraint, so two racing creations
 * of `Alice` and `alice` cannot both succeed.
 */
export function createPgUserStore(db: PgQueryable): UserStore {
  const one = async (text: string, values: unknown[]): Promise<User | undefined> => {
    const { rows } = await db.query<UserRow>(text, values);
    return rows[0] ? toUser(rows[0]) : undefined;
  };
  const countOf = async (text: string, values: unknown[] = []): Promise<number> => {
    const { rows } = await db.query<{ n: number }>(text, values);
    return rows[0]?.n ?? 0;
  };

  return {
    async create(user: NewUser) {
      const created = await one(
        `INSERT INTO users (id, username, username_key, name, role, department_id, password_hash, locale, disabled, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, false, $9, $9) RETURNING ${columns}`,
        [user.id, user.username, usernameKey(user.username), user.name, user.role, user.departmentId, user.passwordHash, user.locale, user.createdAt],
      );
      if (!created) throw new Error(`user ${user.id} was not written`);
      return created;
    },
    findById: (id) => one(`SELECT ${columns} FROM users WHERE id = $1`, [id]),
    async findCredentials(username) {
      const { rows } = await db.query<UserRow & { password_hash: string }>(
        `SELECT ${columns}, password_hash FROM users WHERE username_key = $1`,
        [usernameKey(username)],
      );
      const row = rows[0];
      return row ? { user: toUser(row), passwordHash: row.password_hash } : undefined;
    },
    async list() {
      const { rows } = await db.query<UserRow>(`SELECT ${columns} FROM users ORDER BY username_key`);
      return rows.map(toUser);
    },
    update: (id: string, changes: UserChanges, updatedAt: number) =>
      // The casts type the parameters that only appear in coalesce / CASE, where PostgreSQL cannot infer them.
      one(
        `UPDATE users SET
           username = coalesce($2::text, username),
           username_key = coalesce($3::text, username_key),
           name = coalesce($4::text, name),
           role = coalesce($5::text, role),
           department_id = CASE WHEN $6::boolean THEN $7::text ELSE department_id END,
           locale = CASE WHEN $8::boolean THEN $9::text ELSE locale END,
           disabled = coalesce($10::boolean, disabled),
           password_hash = coalesce($11::text, password_hash),
           updated_at = $12
         WHERE id = $1 RETURNING ${columns}`,
        [
          id,
          changes.username ?? null,
          changes.username !== undefined ? usernameKey(changes.username) : null,
          changes.name ?? null,
          changes.role ?? null,
          changes.departmentId !== undefined,
          changes.departmentId ?? null,
          changes.locale !== undefined,
          changes.locale ?? null,
          changes.disabled ?? null,
          changes.passwordHash ?? null,
          updatedAt,
        ],
      ),
    count: () => countOf('SELECT count(*)::integer AS n FROM users'),
    async countActiveAdmins() {
      // The count guards "the last admin may not be demoted or disabled", checked and then acted
      // on in one transaction. Under READ COMMITTED two such transactions demoting two different
      // admins would both count 2; locking the rows counted makes the second wait for the first
      // and then count again without the admin it demoted. Outside a transaction the lock ends
      // with the statement.
      const { rows } = await db.query("SELECT id FROM users WHERE role = 'admin' AND NOT disabled FOR UPDATE");
      return rows.length;
    },
    countInDepartment: (departmentId) => countOf('SELECT count(*)::integer AS n FROM users WHERE department_id = $1', [departmentId]),
    isUsernameTaken: async (username, exceptId = '') =>
      (await countOf('SELECT count(*)::integer AS n FROM users WHERE username_key = $1 AND id <> $2', [usernameKey(username), exceptId])) > 0,
  };
}

function toUser(row: UserRow): User {
  return {
    id: row.id,
    username: row.username,
    name: row.name,
    role: row.role,
    departmentId: row.department_id,
    locale: row.locale,
    disabled: row.disabled,
    createdAt: readBigint(row.created_at),
    updatedAt: readBigint(row.updated_at),
  };
}
