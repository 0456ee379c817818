import Database from 'better-sqlite3';
import type { Stores } from '../Stores.js';
import { createSqliteStores } from './createSqliteStores.js';

/** Stores over a read-only connection of their own, and how to close it. */
export interface ReadOnlyStores {
  readonly stores: Stores;
  close(): void;
}

/**
 * Opens the database file again, read-only, for a worker thread (an import's checks, an export):
 * WAL lets it read while the server's connection writes. Its stores refuse every write, and it
 * cannot create the tables or indexes a query wants, so the request thread prepares those first.
 */
export function openReadOnlyStores(databaseFile: string): ReadOnlyStores {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return { stores: createSqliteStores(db), close: () => db.close() };
}
