import type { ReadOnlyStores } from '../openReadOnlyStores.js';
import { createPostgresStores } from './createPostgresStores.js';
import { openPostgres } from './openPostgres.js';
import { createPgRecordStore } from './records/createPgRecordStore.js';

/**
 * Stores over a small pool of their own (for a worker thread) whose sessions are read-only
 * (`default_transaction_read_only`), so a worker cannot write even by mistake.
 */
export async function openPostgresReadOnlyStores(url: string): Promise<ReadOnlyStores> {
  const pool = await openPostgres(url, { max: 2, readOnly: true });
  return { stores: createPostgresStores(pool, { records: createPgRecordStore }), close: () => pool.end() };
}
