import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';

/** A better-sqlite3 connection. The one type from the driver that crosses module boundaries. */
export type SqliteDatabase = Database.Database;

/** The database file inside a data folder. */
export function databasePath(dataDir: string): string {
  return join(dataDir, 'formwork.sqlite');
}

/**
 * Opens (creating the folder and file when missing) a database and sets the pragmas every
 * connection needs:
 *
 * - `journal_mode=WAL`: readers never block the writer.
 * - `synchronous=FULL`: each commit fsyncs the WAL before the API answers, so an acknowledged write
 *   survives a `kill -9` *and* a power cut. (`NORMAL` would survive a killed process too — the WAL
 *   is in the OS page cache — but could lose the last commits on power loss; one fsync per write
 *   is a price a form server pays gladly.)
 * - `foreign_keys=ON`: off by default in SQLite, per connection.
 * - `busy_timeout=5000`: wait for another process's lock (e.g. `formwork backup`) instead of failing.
 *
 * @example
 * const db = openDatabase(':memory:');
 */
export function openDatabase(file: string): SqliteDatabase {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}
