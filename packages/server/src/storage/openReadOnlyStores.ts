import type { StorageAddress } from './StorageAddress.js';
import type { Stores } from './Stores.js';

/** Stores over a read-only connection of their own, and how to close it. */
export interface ReadOnlyStores {
  readonly stores: Stores;
  close(): Promise<void>;
}

/**
 * Opens the stores again, read-only, for a worker thread: on SQLite the file on a connection of
 * its own (WAL lets it read while the server writes; the request thread prepares the tables and
 * indexes a query needs first), on PostgreSQL a small pool whose sessions refuse writes.
 * Adapters are loaded on demand, so a worker never loads the driver it does not use.
 */
export async function openReadOnlyStores(address: StorageAddress): Promise<ReadOnlyStores> {
  if (address.kind === 'sqlite') {
    const { openSqliteReadOnlyStores } = await import('./sqlite/openSqliteReadOnlyStores.js');
    return openSqliteReadOnlyStores(address.file);
  }
  const { openPostgresReadOnlyStores } = await import('./postgres/openPostgresReadOnlyStores.js');
  return openPostgresReadOnlyStores(address.url);
}
