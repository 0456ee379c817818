import { randomUUID } from 'node:crypto';
import { Client, DatabaseError, escapeIdentifier } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { migratePostgres } from '../migratePostgres.js';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase.js';

// The schema the migrations leave, checked on a real PostgreSQL server: the same tables and rules
// as the SQLite schema (see storage/sqlite/migrations), in PostgreSQL's dialect.

let database: TestDatabase;
let db: Client;
beforeAll(async () => {
  database = await createTestDatabase();
  db = new Client({ connectionString: database.url });
  await db.connect();
  await db.query(`
    INSERT INTO users (id, username, username_key, name, role, password_hash, created_at, updated_at)
      VALUES ('u1', 'Alice', 'alice', 'Alice', 'admin', 'hash', 1, 1);
    INSERT INTO apps (id, name, created_at, updated_at) VALUES ('a1', 'CRM', 1, 1);
    INSERT INTO forms (id, app_id, title, draft_schema, draft_revision, created_at, updated_at)
      VALUES ('f1', 'a1', 'Customers', '{"fields":[]}', 1, 1, 1);
    INSERT INTO form_versions (form_id, version, schema, draft_revision, published_at)
      VALUES ('f1', 1, '{"fields":[]}', 1, 1);
    INSERT INTO records (id, form_id, form_version, data, version, creator_id, created_at, updated_at)
      VALUES ('r1', 'f1', 1, '{}', 1, 'u1', 1, 1);
    INSERT INTO record_history (record_id, version, action, actor_id, at, changes)
      VALUES ('r1', 2, 'update', 'u1', 2, '[]');
  `);
});
afterAll(async () => {
  await db.end();
  await database.drop();
});

/** The SQLSTATE the statement fails with, or 'ok'. Each runs in a savepoint-free autocommit. */
async function outcome(sql: string): Promise<string> {
  try {
    await db.query(sql);
    return 'ok';
  } catch (error) {
    if (error instanceof DatabaseError) return `${error.code ?? '?'} ${error.message}`;
    throw error;
  }
}

describe('the PostgreSQL schema', () => {
  it('has the tables of the SQLite schema', async () => {
    const { rows } = await db.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
    );
    expect(rows.map((row) => row.name).sort()).toEqual(
      [
        'apps', 'departments', 'document_versions', 'documents', 'files', 'flow_instances', 'flow_log', 'flow_notifications', 'flow_tasks',
        'flow_timers', 'form_versions', 'forms', 'leases', 'login_failures', 'org_role_members', 'org_roles', 'public_links',
        'public_submissions', 'record_files', 'record_history', 'record_idempotency', 'record_write_stamps', 'records', 'schema_migrations',
        'score_confirmations', 'score_runs', 'serial_counters', 'sessions', 'users', 'value_tables',
      ].sort(),
    );
  });

  it('compares and orders every text column byte by byte, as SQLite does', async () => {
    const { rows } = await db.query(
      `SELECT table_name, column_name, collation_name FROM information_schema.columns
        WHERE table_schema = 'public' AND data_type = 'text' AND collation_name IS DISTINCT FROM 'C'`,
    );
    expect(rows).toEqual([]);
  });

  it('keeps byte order even in a database whose own collation orders otherwise', async () => {
    // An ICU en-US database sorts '_' before letters and 'a' before 'B'; bytes put 'B' < '_' < 'a'.
    const adminUrl = inject('postgresUrl');
    const name = `formwork_icu_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(
        `CREATE DATABASE ${escapeIdentifier(name)} TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C'`,
      );
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const icu = new Client({ connectionString: url.toString() });
      await icu.connect();
      try {
        await migratePostgres(icu, () => 1);
        expect((await icu.query("SELECT array_agg(x ORDER BY x) AS sorted FROM unnest(ARRAY['a', 'B', '_']) x")).rows[0])
          .toEqual({ sorted: ['_', 'a', 'B'] });
        await icu.query(`INSERT INTO apps (id, name, created_at, updated_at) VALUES ('x1', 'a', 1, 1), ('x2', 'B', 1, 1), ('x3', '_', 1, 1)`);
        const { rows } = await icu.query<{ name: string }>('SELECT name FROM apps ORDER BY name');
        expect(rows.map((row) => row.name)).toEqual(['B', '_', 'a']);
      } finally {
        await icu.end();
      }
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${escapeIdentifier(name)} WITH (FORCE)`);
      await admin.end();
    }
  });

  it('refuses a second username differing only in case (the key is unique, as in SQLite)', async () => {
    expect(
      await outcome(`INSERT INTO users (id, username, username_key, name, role, password_hash, created_at, updated_at)
        VALUES ('u2', 'ALICE', 'alice', 'Other', 'member', 'hash', 1, 1)`),
    ).toMatch(/^23505 .*users_username_key_key/);
  });

  it('checks roles, locales, JSON documents and change reasons', async () => {
    expect(await outcome(`INSERT INTO users (id, username, username_key, name, role, password_hash, created_at, updated_at)
      VALUES ('u3', 'bob', 'bob', 'Bob', 'owner', 'hash', 1, 1)`)).toMatch(/^23514 /);
    expect(await outcome("UPDATE users SET locale = 'fr' WHERE id = 'u1'")).toMatch(/^23514 /);
    expect(await outcome("UPDATE records SET data = '{not json' WHERE id = 'r1'")).toMatch(/^22P02 /);
    expect(await outcome(`INSERT INTO record_history (record_id, version, action, actor_id, at, changes, reason)
      VALUES ('r1', 3, 'update', 'u1', 3, '[]', '')`)).toMatch(/^23514 /);
    expect(await outcome(`INSERT INTO record_history (record_id, version, action, actor_id, at, changes)
      VALUES ('r1', 3, 'rename', 'u1', 3, '[]')`)).toMatch(/^23514 /);
  });

  it('keeps published form versions, history and records as SQLite does', async () => {
    expect(await outcome("UPDATE form_versions SET schema = '{}' WHERE form_id = 'f1'")).toBe('23001 form versions are immutable');
    expect(await outcome("DELETE FROM form_versions WHERE form_id = 'f1'")).toBe('23001 form versions are never deleted');
    expect(await outcome("UPDATE record_history SET changes = '[]'")).toBe('23001 record history is append-only');
    expect(await outcome('DELETE FROM record_history')).toBe('23001 record history is append-only');
    expect(await outcome("DELETE FROM records WHERE id = 'r1'")).toBe('23001 records are deleted softly (deleted_at), never removed');
    expect(await outcome("UPDATE records SET created_at = 5 WHERE id = 'r1'")).toBe("23001 a record's creation stamp never changes");
    expect(await outcome("UPDATE records SET data = '{\"a\":1}', version = 2, updated_at = 2 WHERE id = 'r1'")).toBe('ok');
  });

  it('hands out seqs itself and keeps JSON text exactly as written', async () => {
    expect(await outcome(`INSERT INTO records (seq, id, form_id, form_version, data, version, created_at, updated_at)
      VALUES (99, 'r9', 'f1', 1, '{}', 1, 1, 1)`)).toMatch(/^428C9 /);
    const written = '{"b": 1,  "a": [1.50, "x"], "b": 2}';
    await db.query(`INSERT INTO records (id, form_id, form_version, data, version, created_at, updated_at)
      VALUES ('r2', 'f1', 1, $1, 1, 1, 1)`, [written]);
    const { rows } = await db.query<{ seq: string; data: string }>("SELECT seq, data FROM records ORDER BY seq");
    expect(rows.map((row) => row.data)).toEqual(['{"a":1}', written]);
    expect(Number(rows[1]!.seq)).toBeGreaterThan(Number(rows[0]!.seq));
  });

  it('allows one public link per form and one per form and rep', async () => {
    expect(await outcome("INSERT INTO public_links (token, form_id, user_id, created_at) VALUES ('t1', 'f1', NULL, 1)")).toBe('ok');
    expect(await outcome("INSERT INTO public_links (token, form_id, user_id, created_at) VALUES ('t2', 'f1', NULL, 1)")).toMatch(/^23505 /);
    expect(await outcome("INSERT INTO public_links (token, form_id, user_id, created_at) VALUES ('t3', 'f1', 'u1', 1)")).toBe('ok');
    expect(await outcome("INSERT INTO public_links (token, form_id, user_id, created_at) VALUES ('t4', 'f1', 'u1', 1)")).toMatch(/^23505 /);
  });

  it('keeps references: a department in use stays, a user’s sessions go with the user', async () => {
    await db.query("INSERT INTO departments (id, name, created_at, updated_at) VALUES ('d1', 'Sales', 1, 1)");
    await db.query("UPDATE users SET department_id = 'd1' WHERE id = 'u1'");
    await db.query("UPDATE departments SET manager_id = 'u1' WHERE id = 'd1'");
    expect(await outcome("DELETE FROM departments WHERE id = 'd1'")).toMatch(/^23503 /);
    expect(await outcome("INSERT INTO records (id, form_id, form_version, data, version, created_at, updated_at) VALUES ('r3', 'nope', 1, '{}', 1, 1, 1)")).toMatch(/^23503 /);
    await db.query(`INSERT INTO users (id, username, username_key, name, role, password_hash, created_at, updated_at)
      VALUES ('u4', 'carol', 'carol', 'Carol', 'member', 'hash', 1, 1)`);
    await db.query("INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at) VALUES ('h', 'u4', 1, 1, 2)");
    await db.query("DELETE FROM users WHERE id = 'u4'");
    expect((await db.query('SELECT count(*)::int AS n FROM sessions')).rows).toEqual([{ n: 0 }]);
  });
});
