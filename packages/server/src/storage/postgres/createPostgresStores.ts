import type { Pool, PoolClient, QueryResultRow } from 'pg';
import type { RecordStore } from '../RecordStore.js';
import type { Stores } from '../Stores.js';
import type { PgQueryable } from './PgQueryable.js';
import { createPgValueTableKnowledge, type PgTransactionFacts, type PgValueTableFacts } from './valueTables/pgValueTableFacts.js';
import { createPgAppStore } from './stores/pgAppStore.js';
import { createPgDepartmentStore } from './stores/pgDepartmentStore.js';
import { createPgDocumentStore } from './stores/pgDocumentStore.js';
import { createPgScoreRunStore } from './stores/pgScoreRunStore.js';
import { createPgFlowInstanceStore } from './stores/pgFlowInstanceStore.js';
import { createPgFlowLogStore } from './stores/pgFlowLogStore.js';
import { createPgFlowTimerStore } from './stores/pgFlowTimerStore.js';
import { createPgNotificationStore } from './stores/pgNotificationStore.js';
import { createPgTaskStore } from './stores/pgTaskStore.js';
import { createPgFileStore } from './stores/pgFileStore.js';
import { createPgFormStore } from './stores/pgFormStore.js';
import { createPgIdempotencyStore } from './stores/pgIdempotencyStore.js';
import { createPgLeaseStore } from './stores/pgLeaseStore.js';
import { createPgRoleStore } from './stores/pgRoleStore.js';
import { createPgLoginAttemptStore } from './stores/pgLoginAttemptStore.js';
import { createPgPublicLinkStore } from './stores/pgPublicLinkStore.js';
import { createPgRecordHistoryStore } from './stores/pgRecordHistoryStore.js';
import { createPgSerialStore } from './stores/pgSerialStore.js';
import { createPgSessionStore } from './stores/pgSessionStore.js';
import { createPgUserStore } from './stores/pgUserStore.js';

export interface PostgresStoresOptions {
  /**
   * Makes the record store over a connection: the pool outside transactions, a transaction's
   * client inside one (called once per transaction and savepoint, so keep anything costly to
   * build — caches of statement shapes — outside the factory). `facts` is what the process knows
   * of value tables, as the connection may rely on it (see `pgValueTableFacts`).
   */
  readonly records: (db: PgQueryable, facts: PgValueTableFacts) => RecordStore;
  /**
   * How many times a transaction is tried in all when PostgreSQL aborts it for a deadlock or a
   * serialization failure (default 3). 1 turns retrying off.
   */
  readonly maxAttempts?: number;
}

type Ports = Omit<Stores, 'transaction'>;

/** SQLSTATEs after which running the whole transaction again may well succeed. */
const retryableCodes = new Set(['40001', '40P01']); // serialization_failure, deadlock_detected

const endedMessage = 'this transaction has ended; use the stores, not a kept tx';

/**
 * The stores over a PostgreSQL pool: outside a transaction each call runs on whichever connection
 * is free (so every store method is one statement wherever it must be atomic); inside
 * `transaction`, on the one client the transaction holds.
 *
 * `transaction(work)` takes a client from the pool and runs `work` between
 * `BEGIN ISOLATION LEVEL READ COMMITTED` and `COMMIT` (`ROLLBACK` when it throws). The client
 * always goes back to the pool, and is destroyed instead when the ROLLBACK itself failed (its
 * state is unknown). The ports' invariants do not need a stronger isolation level: compare-and-set
 * updates re-check their `WHERE version = $n` against the committed row after waiting for its
 * lock, and uniqueness, serials, leases and idempotency keys rest on constraints and upserts.
 *
 * When PostgreSQL aborts the transaction for a deadlock (40P01) or a serialization failure
 * (40001), the whole `work` runs again on a fresh transaction, up to `maxAttempts` times in all,
 * after a short random pause so that the two sides of a deadlock do not meet again. That is safe
 * because `work` may only touch `tx` (see `Stores.transaction`): everything it did was rolled
 * back. Work with effects outside the database must not rely on running once.
 *
 * `tx.transaction` nests as a SAVEPOINT on the same client: RELEASE when its work returns,
 * ROLLBACK TO when it throws, leaving the outer transaction usable. Run nested transactions one
 * after the other, and do not use the outer `tx` while one is open (its statements would belong
 * to the savepoint). A `tx` (or nested `tx`) kept after its transaction ended refuses every call.
 *
 * Unlike SQLite, a statement that fails inside a PostgreSQL transaction (a unique violation, say)
 * aborts the whole transaction: catching the error and carrying on with `tx` fails with 25P02.
 * Wrap a statement that is expected to fail in `tx.transaction` to keep the outer one alive.
 *
 * Do not call the outer stores (or `stores.transaction`) from inside `work`: they take another
 * connection, which waits for rows the transaction has locked, or for a connection the
 * transactions hold, and never sees the transaction's writes.
 *
 * @example
 * const stores = createPostgresStores(await openPostgres(url), { records: createPgRecordStore });
 */
export function createPostgresStores(pool: Pool, options: PostgresStoresOptions): Stores {
  const maxAttempts = Math.max(1, options.maxAttempts ?? 3);
  const knowledge = createPgValueTableKnowledge();
  // A statement that finds a table or column missing, or of another type, than the facts said
  // (another server retyped a column for a field's new kind): forget them all, and ask again.
  // The pool keeps `connect` (exports read one snapshot on a connection of their own).
  function forgettingOnSchemaErrors(db: Pool): PgQueryable & Pick<Pool, 'connect'>;
  function forgettingOnSchemaErrors(db: PgQueryable): PgQueryable;
  function forgettingOnSchemaErrors(db: PgQueryable | Pool): PgQueryable {
    const queryable: PgQueryable = db;
    const query = <Row extends QueryResultRow>(text: string, values?: unknown[]) =>
      queryable.query<Row>(text, values).catch((error: unknown) => {
        if (schemaErrorCodes.has(codeOf(error) ?? '')) knowledge.forget();
        throw error;
      });
    if (!('connect' in db)) return { query };
    const withConnect: PgQueryable & Pick<Pool, 'connect'> = { query, connect: (() => db.connect()) as Pool['connect'] };
    return withConnect;
  }

  const portsOver = (db: PgQueryable, facts: PgValueTableFacts): Ports => ({
    users: createPgUserStore(db),
    sessions: createPgSessionStore(db),
    departments: createPgDepartmentStore(db),
    apps: createPgAppStore(db),
    forms: createPgFormStore(db),
    records: options.records(db, facts),
    history: createPgRecordHistoryStore(db),
    serials: createPgSerialStore(db),
    idempotency: createPgIdempotencyStore(db),
    files: createPgFileStore(db),
    loginAttempts: createPgLoginAttemptStore(db),
    publicLinks: createPgPublicLinkStore(db),
    leases: createPgLeaseStore(db),
    roles: createPgRoleStore(db),
    documents: createPgDocumentStore(db),
    scoreRuns: createPgScoreRunStore(db),
    flowInstances: createPgFlowInstanceStore(db),
    tasks: createPgTaskStore(db),
    flowLog: createPgFlowLogStore(db),
    flowTimers: createPgFlowTimerStore(db),
    notifications: createPgNotificationStore(db),
  });

  /** `tx` over the transaction's client: usable while `isOpen()`, refused after. */
  const txStores = (client: PoolClient, isOpen: () => boolean, nextSavepoint: () => string, facts: PgTransactionFacts): Stores => {
    const guarded: PgQueryable = forgettingOnSchemaErrors({
      query: (text, values) => (isOpen() ? client.query(text, values) : Promise.reject(new Error(endedMessage))),
    });
    return {
      ...portsOver(guarded, facts),
      transaction: async (work) => {
        if (!isOpen()) throw new Error(endedMessage);
        const name = nextSavepoint();
        await client.query(`SAVEPOINT ${name}`);
        let open = true;
        try {
          const result = await work(txStores(client, () => open && isOpen(), nextSavepoint, facts));
          open = false;
          await client.query(`RELEASE SAVEPOINT ${name}`);
          return result;
        } catch (error) {
          open = false;
          // When even this fails the transaction is lost anyway: the outer one rolls back, and
          // what its work sees is the error that started it.
          await client.query(`ROLLBACK TO SAVEPOINT ${name}; RELEASE SAVEPOINT ${name}`).catch(() => undefined);
          // The savepoint may have made tables or columns it took back: what the transaction learned goes.
          facts.discard();
          throw error;
        }
      },
    };
  };

  const runOnce = async <T>(work: (tx: Stores) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    let open = true;
    let clean = false;
    let savepoints = 0;
    const facts = knowledge.transaction();
    // A connection that breaks while checked out (the server restarted, idle_in_transaction_session_timeout
    // ended it) emits 'error' on the client; unheard, that event would crash the process. The
    // query in flight fails anyway, and the client is destroyed rather than pooled.
    let lost: Error | undefined;
    const onError = (error: Error): void => {
      lost = error;
    };
    client.on('error', onError);
    try {
      await client.query('BEGIN ISOLATION LEVEL READ COMMITTED');
      try {
        const result = await work(txStores(client, () => open, () => `sp_${String(++savepoints)}`, facts));
        open = false;
        await client.query('COMMIT');
        clean = true;
        facts.commit();
        return result;
      } catch (error) {
        open = false;
        // After a failed COMMIT there is no transaction left, and ROLLBACK only warns.
        await client.query('ROLLBACK').then(
          () => (clean = true),
          () => undefined,
        );
        throw error;
      }
    } finally {
      open = false;
      client.removeListener('error', onError);
      // A client whose ROLLBACK (or BEGIN) failed is in an unknown state: destroy it, never pool it.
      client.release(lost ?? !clean);
    }
  };

  return {
    ...portsOver(forgettingOnSchemaErrors(pool), knowledge),
    transaction: async (work) => {
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await runOnce(work);
        } catch (error) {
          if (attempt >= maxAttempts || !isRetryable(error)) throw error;
          await pause(5 + Math.random() * 20 * attempt);
        }
      }
    },
  };
}

function isRetryable(error: unknown): boolean {
  return retryableCodes.has(codeOf(error) ?? '');
}

/** undefined_table, undefined_column, datatype_mismatch: what stale facts about value tables cause. */
const schemaErrorCodes = new Set(['42P01', '42703', '42804']);

function codeOf(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return typeof code === 'string' ? code : undefined;
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
