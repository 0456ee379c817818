import type { Stores } from '../Stores.js';
import type { SqliteDatabase } from './openDatabase.js';
import { aggregateOnReaders } from './records/aggregateOnReaders.js';
import type { SqliteAggregateReaders } from './records/createSqliteAggregateReaders.js';
import { createSqliteRecordStore } from './records/sqliteRecordStore.js';
import { createSqliteAppStore } from './sqliteAppStore.js';
import { createSqliteDepartmentStore } from './sqliteDepartmentStore.js';
import { createSqliteDocumentStore } from './sqliteDocumentStore.js';
import { createSqliteScoreRunStore } from './sqliteScoreRunStore.js';
import { createSqliteFlowInstanceStore } from './flows/sqliteFlowInstanceStore.js';
import { createSqliteFlowLogStore } from './flows/sqliteFlowLogStore.js';
import { createSqliteFlowTimerStore } from './flows/sqliteFlowTimerStore.js';
import { createSqliteNotificationStore } from './flows/sqliteNotificationStore.js';
import { createSqliteTaskStore } from './flows/sqliteTaskStore.js';
import { createSqliteFileStore } from './sqliteFileStore.js';
import { createSqliteFormStore } from './sqliteFormStore.js';
import { createSqliteLeaseStore } from './sqliteLeaseStore.js';
import { createSqliteRoleStore } from './sqliteRoleStore.js';
import { createSqliteLoginAttemptStore } from './sqliteLoginAttemptStore.js';
import { createSqlitePublicLinkStore } from './sqlitePublicLinkStore.js';
import { createSqliteSessionStore } from './sqliteSessionStore.js';
import { createSqliteUserStore } from './sqliteUserStore.js';
import { toAsyncStore, type StoreAccess } from './toAsyncStore.js';
import type { Synchronous } from './Synchronous.js';
import { TransactionGate } from './TransactionGate.js';

export interface SqliteStoresOptions {
  /** How long a call outside a transaction waits for one to end before it fails (default 15 s). */
  readonly maxWaitMs?: number;
  /**
   * Read-only connections to the same file in worker threads: `records.aggregateMany` outside a
   * transaction runs its statements side by side on them (see `aggregateOnReaders`). Without
   * them (an in-memory database, a single core), one after another on `db`.
   */
  readonly aggregateReaders?: SqliteAggregateReaders;
}

/**
 * The stores over one better-sqlite3 connection. Statements are prepared once; the same
 * synchronous stores serve both the outer stores (each call waits while a transaction holds the
 * connection, see TransactionGate) and the `tx` stores a transaction hands its work.
 *
 * A transaction is `BEGIN IMMEDIATE` … `COMMIT` on the connection, held across the work's awaits.
 * IMMEDIATE takes the write lock at BEGIN, so a writer in another connection (a backup, a
 * maintenance script, an import worker) makes this one wait for busy_timeout; a deferred BEGIN
 * would read first and fail at once with SQLITE_BUSY when upgrading to write after the other
 * committed.
 */
export function createSqliteStores(db: SqliteDatabase, options: SqliteStoresOptions = {}): Stores {
  const { records, history, serials, idempotency, forgetSchema, aggregateStatement } = createSqliteRecordStore(db);
  const sync = {
    users: createSqliteUserStore(db),
    sessions: createSqliteSessionStore(db),
    departments: createSqliteDepartmentStore(db),
    apps: createSqliteAppStore(db),
    forms: createSqliteFormStore(db),
    records,
    history,
    serials,
    idempotency,
    files: createSqliteFileStore(db),
    loginAttempts: createSqliteLoginAttemptStore(db),
    publicLinks: createSqlitePublicLinkStore(db),
    leases: createSqliteLeaseStore(db),
    roles: createSqliteRoleStore(db),
    documents: createSqliteDocumentStore(db),
    scoreRuns: createSqliteScoreRunStore(db),
    flowInstances: createSqliteFlowInstanceStore(db),
    tasks: createSqliteTaskStore(db),
    flowLog: createSqliteFlowLogStore(db),
    flowTimers: createSqliteFlowTimerStore(db),
    notifications: createSqliteNotificationStore(db),
  };
  type SyncStores = typeof sync;
  type Ports = Omit<Stores, 'transaction'>;
  const wrap = (access: StoreAccess): Ports => {
    const ports: Record<string, unknown> = {};
    for (const [name, store] of Object.entries(sync)) ports[name] = toAsyncStore(store as Synchronous<object>, access);
    return ports as unknown as Ports;
  };
  const gate = new TransactionGate(options.maxWaitMs ?? 15_000);
  // Prepared once: `exec` would parse them again for every transaction.
  const begin = db.prepare('BEGIN IMMEDIATE');
  const commit = db.prepare('COMMIT');
  const rollback = db.prepare('ROLLBACK');
  let savepoints = 0;

  // A `tx` builds each store's port the first time its work uses it, through getters shared by
  // every `tx`: a submit uses a few of the twenty stores, and wrapping all of them for each
  // transaction cost a measurable share of a submit's CPU (#11).
  const accessOf = Symbol('tx access');
  type TxStores = Stores & { readonly [accessOf]: StoreAccess };
  const lazyPorts: PropertyDescriptorMap = {};
  for (const name of Object.keys(sync) as (keyof SyncStores)[]) {
    lazyPorts[name] = {
      enumerable: true,
      get(this: TxStores) {
        const port = toAsyncStore(sync[name] as Synchronous<object>, this[accessOf]);
        // Writable and configurable like a plain property: a Proxy over a tx (withKnownPeople)
        // may answer another object for it, which a read-only, non-configurable one forbids.
        Object.defineProperty(this, name, { value: port, enumerable: true, writable: true, configurable: true });
        return port;
      },
    };
  }
  const txPrototype: object = Object.create(null, lazyPorts);

  /** `tx` for one transaction (or savepoint): usable while `open`, refused after. */
  const txStores = (isOpen: () => boolean): Stores => {
    const tx = Object.create(txPrototype) as { -readonly [Key in keyof TxStores]: TxStores[Key] };
    tx[accessOf] = { isOpen };
    tx.transaction = async (work) => {
      if (!isOpen()) throw new Error('this transaction has ended; use the stores, not a kept tx');
      const name = `sp_${String(++savepoints)}`;
      db.exec(`SAVEPOINT ${name}`);
      let open = true;
      try {
        const result = await work(txStores(() => open && isOpen()));
        db.exec(`RELEASE ${name}`);
        return result;
      } catch (error) {
        if (db.inTransaction) db.exec(`ROLLBACK TO ${name}; RELEASE ${name}`);
        forgetSchema();
        throw error;
      } finally {
        open = false;
      }
    };
    return tx;
  };

  const outer = wrap({ gate });
  const readers = options.aggregateReaders;
  return {
    ...outer,
    // Inside a transaction (`tx`) aggregates stay on `db`: only it sees the transaction's writes.
    ...(readers ? { records: { ...outer.records, aggregateMany: aggregateOnReaders({ inTurn: outer.records.aggregateMany, aggregateStatement, gate, readers }) } } : {}),
    transaction: async (work) => {
      await gate.enter();
      let open = true;
      try {
        begin.run();
        try {
          const result = await work(txStores(() => open));
          commit.run();
          return result;
        } catch (error) {
          if (db.inTransaction) rollback.run();
          forgetSchema();
          throw error;
        }
      } finally {
        open = false;
        gate.leave();
      }
    },
  } satisfies Stores & Record<keyof SyncStores, unknown>;
}
