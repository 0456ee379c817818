import type { PoolClient } from 'pg';
import type { PgQueryable } from '../PgQueryable.js';
import type { PgFragment } from '../sql/PgFragment.js';
import { toStoredRecord, type PgRecordRow } from './pgRecordRow.js';
import type { StoredRecord } from '../../../records/StoredRecord.js';
import { readBigint } from '../stores/readBigint.js';

/** Records per batch: as SQLite's, a round trip per 500 records and never a whole form in memory. */
export const pgBatchSize = 500;

/** A pool, as opposed to a transaction's client: it can hand out a connection of its own. */
interface PgPoolLike extends PgQueryable {
  connect(): Promise<PoolClient>;
}

function isPool(db: PgQueryable): db is PgPoolLike {
  return 'connect' in db && typeof db.connect === 'function';
}

/**
 * Records read in batches of `pgBatchSize` by ascending `seq`: `batch(after)` is the query for the
 * records after seq `after` (selecting `pgRecordColumns`, ordered by seq, limited to a batch).
 *
 * Outside a transaction (`db` is the pool) the batches run on one connection in one
 * `REPEATABLE READ READ ONLY` transaction, so the whole read sees one snapshot. Without it a long
 * read could miss records: PostgreSQL hands out `seq` at INSERT, not at commit, so a record whose
 * transaction started before the last batch and committed after it would have a seq below the
 * position already read. With the snapshot an export is the form exactly as it was when it
 * started. The connection is held until the caller stops iterating (`for await` ends, breaks or
 * throws); `idle_in_transaction_session_timeout` (see `openPostgres`) ends it if a consumer
 * dawdles more than that between two batches, and the read then fails rather than go on.
 *
 * Inside a transaction (`db` is its client) the batches run there and see what it sees.
 */
export async function* readPgBatches(db: PgQueryable, batch: (after: number) => PgFragment): AsyncGenerator<StoredRecord> {
  if (!isPool(db)) {
    yield* readEach(db, batch);
    return;
  }
  const client = await db.connect();
  // A connection that breaks while held here emits 'error'; unheard, that would end the process.
  let lost: Error | undefined;
  const onError = (error: Error): void => {
    lost = error;
  };
  client.on('error', onError);
  let clean = false;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    yield* readEach(client, batch);
    await client.query('COMMIT');
    clean = true;
  } finally {
    if (!clean) await client.query('ROLLBACK').then(() => (clean = true), () => undefined);
    client.removeListener('error', onError);
    client.release(lost ?? !clean);
  }
}

async function* readEach(db: PgQueryable, batch: (after: number) => PgFragment): AsyncGenerator<StoredRecord> {
  let after = 0;
  for (;;) {
    const query = batch(after);
    const { rows } = await db.query<PgRecordRow>(query.sql, [...query.params]);
    for (const row of rows) yield toStoredRecord(row);
    const last = rows.at(-1);
    if (rows.length < pgBatchSize || !last) return;
    after = readBigint(last.seq);
  }
}
