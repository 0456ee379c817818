import type { Synchronous } from './Synchronous.js';
import type { Locale, Role } from '@formwork/runtime';
import type { SqliteDatabase } from './openDatabase.js';
import { usernameKey, type NewUser, type User, type UserChanges, type UserStore } from '../UserStore.js';

interface UserRow {
  id: string;
  username: string;
  name: string;
  role: Role;
  department_id: string | null;
  locale: Locale | null;
  disabled: number;
  created_at: number;
  updated_at: number;
}

const columns = 'id, username, name, role, department_id, locale, disabled, created_at, updated_at';

/** UserStore over SQLite prepared statements. */
export function createSqliteUserStore(db: SqliteDatabase): Synchronous<UserStore> {
  const insert = db.prepare(
    `INSERT INTO users (id, username, username_key, name, role, department_id, password_hash, locale, disabled, created_at, updated_at)
     VALUES (@id, @username, @usernameKey, @name, @role, @departmentId, @passwordHash, @locale, 0, @createdAt, @createdAt)`,
  );
  const byId = db.prepare<[string], UserRow>(`SELECT ${columns} FROM users WHERE id = ?`);
  const byKey = db.prepare<[string], UserRow & { password_hash: string }>(
    `SELECT ${columns}, password_hash FROM users WHERE username_key = ?`,
  );
  const all = db.prepare<[], UserRow>(`SELECT ${columns} FROM users ORDER BY username_key`);
  const update = db.prepare(
    `UPDATE users SET
       username = coalesce(@username, username),
       username_key = coalesce(@usernameKey, username_key),
       name = coalesce(@name, name),
       role = coalesce(@role, role),
       department_id = CASE WHEN @setDepartment THEN @departmentId ELSE department_id END,
       locale = CASE WHEN @setLocale THEN @locale ELSE locale END,
       disabled = coalesce(@disabled, disabled),
       password_hash = coalesce(@passwordHash, password_hash),
       updated_at = @updatedAt
     WHERE id = @id`,
  );
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM users');
  const activeAdmins = db.prepare<[], { n: number }>(
    "SELECT count(*) AS n FROM users WHERE role = 'admin' AND disabled = 0",
  );
  const inDepartment = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM users WHERE department_id = ?');
  const taken = db.prepare<[string, string], { n: number }>(
    'SELECT count(*) AS n FROM users WHERE username_key = ? AND id <> ?',
  );

  return {
    create(user: NewUser): User {
      insert.run({ ...user, usernameKey: usernameKey(user.username) });
      return mustFind(user.id);
    },
    findById: (id) => mapRow(byId.get(id)),
    findCredentials(username) {
      const row = byKey.get(usernameKey(username));
      const user = mapRow(row);
      return row && user ? { user, passwordHash: row.password_hash } : undefined;
    },
    list: () => all.all().map((row) => toUser(row)),
    update(id: string, changes: UserChanges, updatedAt: number) {
      const result = update.run({
        id,
        username: changes.username ?? null,
        usernameKey: changes.username !== undefined ? usernameKey(changes.username) : null,
        name: changes.name ?? null,
        role: changes.role ?? null,
        setDepartment: changes.departmentId !== undefined ? 1 : 0,
        departmentId: changes.departmentId ?? null,
        setLocale: changes.locale !== undefined ? 1 : 0,
        locale: changes.locale ?? null,
        disabled: changes.disabled === undefined ? null : changes.disabled ? 1 : 0,
        passwordHash: changes.passwordHash ?? null,
        updatedAt,
      });
      return result.changes === 0 ? undefined : mustFind(id);
    },
    count: () => count.get()?.n ?? 0,
    countActiveAdmins: () => activeAdmins.get()?.n ?? 0,
    countInDepartment: (departmentId) => inDepartment.get(departmentId)?.n ?? 0,
    isUsernameTaken: (username, exceptId = '') => (taken.get(usernameKey(username), exceptId)?.n ?? 0) > 0,
  };

  function mustFind(id: string): User {
    const user = mapRow(byId.get(id));
    if (!user) throw new Error(`user ${id} vanished`);
    return user;
  }
}

function mapRow(row: UserRow | undefined): User | undefined {
  return row ? toUser(row) : undefined;
}

function toUser(row: UserRow): User {
  return {
    id: row.id,
    username: row.username,
    name: row.name,
    role: row.role,
    departmentId: row.department_id,
    locale: row.locale,
    disabled: row.disabled === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
