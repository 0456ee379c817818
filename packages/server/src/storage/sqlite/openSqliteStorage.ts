import { mkdirSync } from 'node:fs';
import type { BlobStore } from '../BlobStore.js';
import type { Storage } from '../Storage.js';
import { createSqliteStores } from './createSqliteStores.js';
import { holdDataFolder } from './holdDataFolder.js';
import { migrateDatabase } from './migrateDatabase.js';
import { databasePath, openDatabase, type SqliteDatabase } from './openDatabase.js';

/**
 * SQLite storage in a data folder: holds the folder (one serving process per SQLite file), opens
 * and migrates `formwork.sqlite`. Everything opened is closed again if a later step fails.
 */
export function openSqliteStorage(dataDir: string, blobs: BlobStore, now: () => number): Storage {
  mkdirSync(dataDir, { recursive: true });
  const hold = holdDataFolder(dataDir, now);
  let db: SqliteDatabase | undefined;
  try {
    const file = databasePath(dataDir);
    db = openDatabase(file);
    const migration = migrateDatabase(db, now);
    const opened = db;
    return {
      stores: createSqliteStores(opened),
      blobs,
      address: { kind: 'sqlite', file },
      description: `SQLite ${file}`,
      migration,
      close: async () => {
        opened.close();
        hold.release();
      },
    };
  } catch (error) {
    db?.close();
    hold.release();
    throw error;
  }
}

/**
 * SQLite storage over a connection the caller opened and migrated (an in-memory database in a
 * test); closing it closes that connection.
 */
export function sqliteStorageOf(db: SqliteDatabase, blobs: BlobStore): Storage {
  const file = db.memory || db.name === '' ? null : db.name;
  return {
    stores: createSqliteStores(db),
    blobs,
    address: file === null ? null : { kind: 'sqlite', file },
    description: `SQLite ${file ?? ':memory:'}`,
    migration: { applied: [], current: 0 },
    close: async () => {
      db.close();
    },
  };
}
