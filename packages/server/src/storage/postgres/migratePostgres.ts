import { Pool, type ClientBase } from 'pg';
import type { PostgresMigration } from './PostgresMigration.js';
import { postgresMigrations } from './migrations/index.js';

/** What `migratePostgres` did: the versions this call applied, and the newest version it knows. */
export interface PostgresMigrationReport {
  readonly applied: readonly number[];
  readonly current: number;
}

/**
 * The advisory lock every migrator takes: 'formwork' in ASCII, read as a 64-bit number. Sent as
 * text, since it is beyond what a JavaScript number holds exactly.
 */
const migrationLockKey = '7380460722367434347';

/**
 * Brings the PostgreSQL schema up to date, as `migrateDatabase` does for SQLite: applies each
 * migration not yet recorded in `schema_migrations`, one transaction per migration, in version
 * order. Safe to call on every start, and from several processes starting at once: each
 * transaction first takes a transaction-scoped advisory lock (`pg_advisory_xact_lock`) and only
 * then reads what is applied, so one process applies a migration and the others find it done.
 *
 * Refuses a database that is newer than this build (it records a version we do not know), since
 * running old code on a newer schema could corrupt data.
 *
 * `db` is a pool (a connection is borrowed for the duration) or a connection that is not inside a
 * transaction.
 */
export async function migratePostgres(
  db: Pool | ClientBase,
  now: () => number,
  migrations: readonly PostgresMigration[] = postgresMigrations,
): Promise<PostgresMigrationReport> {
  checkOrder(migrations);
  if (!(db instanceof Pool)) return migrateOn(db, now, migrations);
  const client = await db.connect();
  try {
    return await migrateOn(client, now, migrations);
  } finally {
    client.release();
  }
}

async function migrateOn(
  client: ClientBase,
  now: () => number,
  migrations: readonly PostgresMigration[],
): Promise<PostgresMigrationReport> {
  const known = new Set(migrations.map((migration) => migration.version));
  const current = migrations.at(-1)?.version ?? 0;
  const applied: number[] = [];
  for (;;) {
    await client.query('BEGIN');
    try {
      await client.query('SELECT pg_advisory_xact_lock($1::bigint)', [migrationLockKey]);
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY,
        name TEXT COLLATE "C" NOT NULL,
        applied_at BIGINT NOT NULL
      )`);
      const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
      const done = new Set(rows.map((row) => row.version));
      const unknown = [...done].filter((version) => !known.has(version)).sort((a, b) => a - b);
      if (unknown.length > 0) {
        throw new Error(
          `The database has migrations this version of Formwork does not know (${unknown.join(', ')}); upgrade Formwork.`,
        );
      }
      const next = migrations.find((migration) => !done.has(migration.version));
      if (next === undefined) {
        await client.query('COMMIT');
        return { applied, current };
      }
      await client.query(next.up);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
        next.version,
        next.name,
        now(),
      ]);
      await client.query('COMMIT');
      applied.push(next.version);
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }
}

function checkOrder(migrations: readonly PostgresMigration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration ${migration.name} has version ${migration.version}; expected ${index + 1}`);
    }
  });
}
