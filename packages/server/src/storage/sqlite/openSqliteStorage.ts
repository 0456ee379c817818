import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { BlobStore } from '../BlobStore.js';
import type { Storage } from '../Storage.js';
import { createSqliteStores } from './createSqliteStores.js';
import { createSqliteAggregateReaders } from './records/createSqliteAggregateReaders.js';
import { holdDataFolder } from './holdDataFolder.js';
import { migrateDatabase } from './migrateDatabase.js';
import { databasePath, openDatabase, type SqliteDatabase } from './openDatabase.js';

/**
 * SQLite storage in a data folder: holds the folder (one serving process per SQLite file), opens
 * and migrates `formwork.sqlite`. Everything opened is closed again if a later step fails.
 * Dashboards' aggregates run side by side on reader threads (`createSqliteAggregateReaders`),
 * started on the first dashboard and closed with the storage.
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
    const readerCount = aggregateReaderCount();
    const readers = readerCount >= 2 ? createSqliteAggregateReaders(file, readerCount) : undefined;
    return {
      stores: createSqliteStores(opened, readers ? { aggregateReaders: readers } : {}),
      blobs,
      address: { kind: 'sqlite', file },
      description: `SQLite ${file}`,
      migration,
      close: async () => {
        // The readers first: their connections end before the file is given up.
        await readers?.close();
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
 * How many aggregate reader threads a server keeps (#14): two scans side by side where there are
 * two cores — more would only take the cores from the requests — and none on one core, where
 * the scans would merely take turns on threads instead of on the connection.
 */
function aggregateReaderCount(): number {
  return Math.min(2, availableParallelism());
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
