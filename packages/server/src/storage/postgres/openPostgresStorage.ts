import type { BlobStore } from '../BlobStore.js';
import type { Storage } from '../Storage.js';
import { createPostgresStores } from './createPostgresStores.js';
import { describePostgresUrl } from './describePostgresUrl.js';
import { migratePostgres } from './migratePostgres.js';
import { openPostgres } from './openPostgres.js';
import { createPgRecordStore } from './records/createPgRecordStore.js';

/**
 * PostgreSQL storage: opens a pool, applies the migrations (under an advisory lock, so several
 * processes starting at once are safe), and builds the stores. No data folder is held: several
 * processes may serve one database.
 */
export async function openPostgresStorage(url: string, blobs: BlobStore, now: () => number): Promise<Storage> {
  const pool = await openPostgres(url);
  try {
    const migration = await migratePostgres(pool, now);
    return {
      stores: createPostgresStores(pool, { records: createPgRecordStore }),
      blobs,
      address: { kind: 'postgres', url },
      description: `PostgreSQL ${describePostgresUrl(url)}`,
      migration,
      close: () => pool.end(),
    };
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
}
