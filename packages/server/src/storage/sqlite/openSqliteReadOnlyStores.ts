import Database from 'better-sqlite3';
import type { ReadOnlyStores } from '../openReadOnlyStores.js';
import { createSqliteStores } from './createSqliteStores.js';

/**
 * The database file again, read-only, on a connection of its own (for a worker thread). Its
 * stores refuse every write, and it cannot create the tables or indexes a query wants, so the
 * request thread prepares those first (`records.prepareToRead`).
 */
export function openSqliteReadOnlyStores(databaseFile: string): ReadOnlyStores {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return {
    stores: createSqliteStores(db),
    close: async () => {
      db.close();
    },
  };
}
