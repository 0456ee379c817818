import type { Migration } from './Migration.js';
import type { SqliteDatabase } from './openDatabase.js';
import { migrations as allMigrations } from './migrations/index.js';

/** What `migrateDatabase` did. */
export interface MigrationReport {
  readonly applied: readonly number[];
  readonly current: number;
}

/**
 * Brings the schema up to date: applies each migration not yet recorded in `schema_migrations`,
 * one transaction per migration, in version order. Safe to call on every start.
 *
 * Refuses a database that is newer than this build (it holds a version we do not know), since
 * running old code on a newer schema could corrupt data.
 */
export function migrateDatabase(
  db: SqliteDatabase,
  now: () => number,
  migrations: readonly Migration[] = allMigrations,
): MigrationReport {
  checkOrder(migrations);
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at INTEGER NOT NULL
  ) STRICT`);
  const appliedVersions = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((row) => row.version),
  );
  const known = new Set(migrations.map((migration) => migration.version));
  const unknown = [...appliedVersions].filter((version) => !known.has(version));
  if (unknown.length > 0) {
    throw new Error(
      `The database has migrations this version of Formwork does not know (${unknown.join(', ')}); upgrade Formwork.`,
    );
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const applied: number[] = [];
  for (const migration of migrations) {
    if (appliedVersions.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.up);
      record.run(migration.version, migration.name, now());
    })();
    applied.push(migration.version);
  }
  return { applied, current: migrations.at(-1)?.version ?? 0 };
}

function checkOrder(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration ${migration.name} has version ${migration.version}; expected ${index + 1}`);
    }
  });
}
