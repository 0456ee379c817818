import { join } from 'node:path';
import { createFolderBlobStore } from './folder/createFolderBlobStore.js';
import type { Storage } from './Storage.js';

/** What `openStorage` needs from the settings. */
export interface StorageSettings {
  readonly dataDir: string;
  /** `postgres://…`, or null for SQLite in `dataDir`. */
  readonly databaseUrl: string | null;
}

/**
 * Opens the storage the settings name and brings its schema up to date: PostgreSQL when
 * `databaseUrl` is set, else SQLite at `<dataDir>/formwork.sqlite` (the data folder is then held
 * by this process alone: see `holdDataFolder`). File bytes live in `<dataDir>/files` either way;
 * with PostgreSQL and several processes, that folder must be shared by all of them.
 *
 * The adapter is loaded on demand: a SQLite install never loads pg, and the other way round.
 *
 * @example
 * const storage = await openStorage({ dataDir: '/srv/formwork', databaseUrl: null }, Date.now);
 * const { app } = createApp({ storage, settings, now: Date.now, randomBytes });
 */
export async function openStorage(settings: StorageSettings, now: () => number): Promise<Storage> {
  const blobs = createFolderBlobStore(join(settings.dataDir, 'files'));
  if (settings.databaseUrl === null) {
    const { openSqliteStorage } = await import('./sqlite/openSqliteStorage.js');
    return openSqliteStorage(settings.dataDir, blobs, now);
  }
  const { openPostgresStorage } = await import('./postgres/openPostgresStorage.js');
  return openPostgresStorage(settings.databaseUrl, blobs, now);
}
