import { Client } from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { PostgresMigration } from './PostgresMigration.js';
import { migratePostgres } from './migratePostgres.js';
import { postgresMigrations } from './migrations/index.js';
import { openPostgres } from './openPostgres.js';
import { createTestDatabase, type TestDatabase } from './testing/createTestDatabase.js';

const now = () => 1_700_000_000_000;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function emptyDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase({ empty: true });
  cleanups.push(database.drop);
  return database;
}

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  cleanups.push(() => client.end());
  return client;
}

async function tableNames(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name COLLATE \"C\"",
  );
  return rows.map((row) => row.name);
}

describe('migratePostgres', () => {
  it('applies every migration to a fresh database once and records it', async () => {
    const database = await emptyDatabase();
    const pool = await openPostgres(database.url);
    cleanups.push(() => pool.end());
    const report = await migratePostgres(pool, now);
    expect(report).toEqual({ applied: postgresMigrations.map((m) => m.version), current: postgresMigrations.length });
    const { rows } = await pool.query('SELECT version, name, applied_at FROM schema_migrations ORDER BY version');
    expect(rows).toEqual(postgresMigrations.map((m) => ({ version: m.version, name: m.name, applied_at: now() })));
  });

  it('is a no-op the second time and keeps the data', async () => {
    const database = await emptyDatabase();
    const first = await connect(database.url);
    await migratePostgres(first, now);
    await first.query("INSERT INTO apps (id, name, created_at, updated_at) VALUES ('a1', 'CRM', 1, 1)");
    const second = await connect(database.url);
    expect(await migratePostgres(second, () => 2)).toEqual({ applied: [], current: postgresMigrations.length });
    expect((await second.query('SELECT name FROM apps')).rows).toEqual([{ name: 'CRM' }]);
    expect((await second.query('SELECT count(*)::int AS n FROM schema_migrations')).rows).toEqual([{ n: postgresMigrations.length }]);
  });

  it('lets two processes starting at once both succeed, applying each migration once', async () => {
    const database = await emptyDatabase();
    const [a, b] = [await connect(database.url), await connect(database.url)];
    const reports = await Promise.all([migratePostgres(a, now), migratePostgres(b, now)]);
    const everything = postgresMigrations.map((m) => m.version);
    expect(reports.flatMap((report) => report.applied).sort((x, y) => x - y)).toEqual(everything);
    expect((await a.query('SELECT version FROM schema_migrations ORDER BY version')).rows.map((row: { version: number }) => row.version)).toEqual(everything);
  });

  it('waits for a migration another process is applying instead of applying it too', async () => {
    const database = await emptyDatabase();
    const slow: PostgresMigration[] = [
      { version: 1, name: 'slow', up: 'SELECT pg_sleep(0.3); CREATE TABLE counted (n INTEGER); INSERT INTO counted VALUES (1);' },
      { version: 2, name: 'second', up: 'INSERT INTO counted VALUES (2);' },
    ];
    const clients = [await connect(database.url), await connect(database.url), await connect(database.url)];
    const reports = await Promise.all(clients.map((client) => migratePostgres(client, now, slow)));
    expect(reports.flatMap((report) => report.applied).sort()).toEqual([1, 2]);
    expect((await clients[0]!.query('SELECT n FROM counted ORDER BY n')).rows).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('rolls back a failing migration entirely and does not record it, keeping the ones before', async () => {
    const database = await emptyDatabase();
    const client = await connect(database.url);
    const broken: PostgresMigration[] = [
      { version: 1, name: 'ok', up: 'CREATE TABLE a (x INTEGER)' },
      { version: 2, name: 'broken', up: 'CREATE TABLE b (x INTEGER); INSERT INTO nowhere VALUES (1);' },
    ];
    await expect(migratePostgres(client, now, broken)).rejects.toThrow(/nowhere/);
    expect(await tableNames(client)).toEqual(['a', 'schema_migrations']);
    expect((await client.query('SELECT version FROM schema_migrations')).rows).toEqual([{ version: 1 }]);
    // The connection is usable again: not left inside the failed transaction.
    expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });

  it('refuses a database migrated by a newer Formwork', async () => {
    const database = await emptyDatabase();
    const client = await connect(database.url);
    await migratePostgres(client, now);
    await client.query("INSERT INTO schema_migrations VALUES (999, 'future', 1)");
    await expect(migratePostgres(client, now)).rejects.toThrow(/does not know \(999\)/);
  });

  it('refuses migrations out of order before touching the database', async () => {
    const database = await emptyDatabase();
    const client = await connect(database.url);
    await expect(migratePostgres(client, now, [{ version: 2, name: 'x', up: '' }])).rejects.toThrow(/expected 1/);
    expect(await tableNames(client)).toEqual([]);
  });
});
