import { Pool } from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { sampleFormSchema } from '../../testing/sampleFormSchema.js';
import type { RecordStore } from '../RecordStore.js';
import type { Stores } from '../Stores.js';
import { formsContract } from '../testing/contract/formsContract.js';
import { limitsContract } from '../testing/contract/limitsContract.js';
import type { OpenStores } from '../testing/contract/OpenStores.js';
import { orgContract } from '../testing/contract/orgContract.js';
import { transactionContract } from '../testing/contract/transactionContract.js';
import { createPostgresStores } from './createPostgresStores.js';
import { openPostgres } from './openPostgres.js';
import { createTestDatabase, type TestDatabase } from './testing/createTestDatabase.js';

/**
 * The record store is not written yet (it comes next, over the value tables): until then every
 * call to `stores.records` fails, and so would the contract's `records` and `files` groups (files
 * are attached to records). They join the describe below with the record store.
 */
const recordsNotYet = (): RecordStore =>
  new Proxy({} as RecordStore, {
    get: () => () => Promise.reject(new Error('the PostgreSQL record store is not written yet')),
  });

/**
 * One database for the whole file, emptied before each test: a fresh database per test (a copy
 * of the migrated template, `createTestDatabase`) costs about 250 ms to create, open and drop on
 * this machine, emptying this one about 40 ms. Emptying drops what a test added to the schema
 * (the record store's value tables), truncates the migrated tables and restarts their sequences,
 * so each test starts from the schema exactly as migrated. Tests in a file run one at a time.
 */
let shared: { readonly database: TestDatabase; readonly pool: Pool; readonly reset: string } | undefined;

async function emptyDatabase(): Promise<{ readonly url: string; readonly pool: Pool }> {
  if (!shared) {
    const database = await createTestDatabase();
    const pool = await openPostgres(database.url, { max: 4 });
    shared = { database, pool, reset: await resetStatement(pool) };
  }
  await shared.pool.query(shared.reset);
  return { url: shared.database.url, pool: shared.pool };
}

/** The statement that brings the database back to the state it has now (just migrated). */
async function resetStatement(pool: Pool): Promise<string> {
  const { rows } = await pool.query<{ name: string; kind: string }>(
    "SELECT format('%I', relname) AS name, relkind::text AS kind FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'S')",
  );
  const tables = rows.filter((row) => row.kind === 'r' && row.name !== 'schema_migrations').map((row) => row.name);
  const sequences = rows.filter((row) => row.kind === 'S').map((row) => `'${row.name}'`);
  const known = [...tables, 'schema_migrations'].map((name) => `'${name}'`);
  // Tables made after the migrations (by a test) go; what the migrations made is emptied.
  return `DO $$
DECLARE extra text;
BEGIN
  FOR extra IN SELECT format('%I', relname) FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' AND format('%I', relname) NOT IN (${known.join(', ')}) LOOP
    EXECUTE 'DROP TABLE ' || extra || ' CASCADE';
  END LOOP;
  FOR extra IN SELECT format('%I', relname) FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'S' AND format('%I', relname) NOT IN (${["''", ...sequences].join(', ')}) LOOP
    EXECUTE 'DROP SEQUENCE ' || extra || ' CASCADE';
  END LOOP;
END $$;
TRUNCATE ${tables.join(', ')} RESTART IDENTITY CASCADE;
${rows.filter((row) => row.kind === 'S').map((row) => `ALTER SEQUENCE ${row.name} RESTART;`).join('\n')}`;
}

afterAll(async () => {
  await shared?.pool.end();
  await shared?.database.drop();
  shared = undefined;
});

const open: OpenStores = async () => {
  const { pool } = await emptyDatabase();
  return { stores: createPostgresStores(pool, { records: recordsNotYet }), close: async () => undefined };
};

describe('Stores contract: PostgreSQL', () => {
  // `records` and `files` (recordsContract, filesContract) join once the record store lands.
  describe('organisation', () => orgContract(open));
  describe('forms', () => formsContract(open));
  describe('limits', () => limitsContract(open));
  describe('transactions', () => transactionContract(open));
});

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});


/** One "server process": its own pool on the database, and its stores. */
async function processOn(url: string, max = 3): Promise<{ pool: Pool; stores: Stores }> {
  const pool = await openPostgres(url, { max });
  cleanups.push(() => pool.end());
  return { pool, stores: createPostgresStores(pool, { records: recordsNotYet }) };
}

async function seedForm(stores: Stores): Promise<void> {
  await stores.apps.create({ id: 'app', name: 'A', description: '', icon: null, createdBy: null, createdAt: 1 });
  await stores.forms.create({ id: 'f', appId: 'app', draft: sampleFormSchema(), createdBy: null, createdAt: 1 });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('createPostgresStores: several processes on one database', () => {
  it('serials taken in racing transactions of two processes never repeat, and a rolled-back one is handed out again', async () => {
    const { url } = await emptyDatabase();
    const [one, two] = [await processOn(url), await processOn(url)];
    await seedForm(one.stores);
    const take = (stores: Stores) =>
      stores.transaction(async (tx) => {
        const value = await tx.serials.next('f', 'no', '', 1);
        await sleep(1); // hold the counter's row lock for a moment, so the others queue behind it
        return value;
      });
    const rolledBack = expect(
      one.stores.transaction(async (tx) => {
        await tx.serials.next('f', 'no', '', 1);
        throw new Error('abandoned');
      }),
    ).rejects.toThrow('abandoned');
    const values = await Promise.all(Array.from({ length: 30 }, (_, index) => take(index % 2 === 0 ? one.stores : two.stores)));
    await rolledBack;
    expect([...values].sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, index) => index + 1));
    expect(await two.stores.serials.next('f', 'no', '', 1)).toBe(31);
  });

  it('a lease asked for by many callers of two processes at once goes to exactly one', async () => {
    const { url } = await emptyDatabase();
    const [one, two] = [await processOn(url), await processOn(url)];
    const asks = Array.from({ length: 12 }, (_, index) => (index % 2 === 0 ? one : two).stores.leases.acquire('housekeeping', `p${String(index)}`, 1000, 60_000));
    expect((await Promise.all(asks)).filter(Boolean)).toHaveLength(1);
  });

  it('of two processes saving the same idempotency key in racing transactions, one commits and the other fails', async () => {
    const { url } = await emptyDatabase();
    const [one, two] = [await processOn(url), await processOn(url)];
    await seedForm(one.stores);
    await one.stores.users.create({ id: 'u1', username: 'rep', name: 'Rep', role: 'member', departmentId: null, locale: null, passwordHash: 'h', createdAt: 1 });
    // A record row to point at (the record store is not written yet).
    await one.pool.query(
      `INSERT INTO records (id, form_id, form_version, data, version, created_at, updated_at) VALUES ('r1', 'f', 1, '{}', 1, 1, 1), ('r2', 'f', 1, '{}', 1, 1, 1)`,
    );
    const save = (stores: Stores, recordId: string) =>
      stores.transaction(async (tx) => {
        await tx.idempotency.save('f', 'u1', 'key-1', { requestHash: 'h', recordId, response: { id: recordId } }, 5);
        await sleep(20); // the other INSERT waits for this transaction's end
      });
    const results = await Promise.allSettled([save(one.stores, 'r1'), save(two.stores, 'r2')]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    const winner = results[0].status === 'fulfilled' ? 'r1' : 'r2';
    expect(await two.stores.idempotency.find('f', 'u1', 'key-1')).toEqual({ requestHash: 'h', recordId: winner, response: { id: winner } });
  });

  it('a transaction that loses a deadlock runs again and commits', async () => {
    const { url } = await emptyDatabase();
    const [one, two] = [await processOn(url), await processOn(url)];
    await one.stores.apps.create({ id: 'a', name: 'a', description: '', icon: null, createdBy: null, createdAt: 1 });
    await one.stores.apps.create({ id: 'b', name: 'b', description: '', icon: null, createdBy: null, createdAt: 1 });
    let runs = 0;
    let arrived = 0;
    const bothHoldOne = async (): Promise<void> => {
      arrived += 1;
      while (arrived < 2) await sleep(5);
    };
    // Each locks one app, waits until the other holds the other, then wants it: a deadlock.
    const crosswise = (stores: Stores, first: string, second: string) =>
      stores.transaction(async (tx) => {
        runs += 1;
        await tx.apps.update(first, { description: `by ${first}` }, 2);
        if (runs <= 2) await bothHoldOne();
        await tx.apps.update(second, { description: `by ${first}` }, 2);
      });
    await Promise.all([crosswise(one.stores, 'a', 'b'), crosswise(two.stores, 'b', 'a')]);
    expect(runs).toBe(3); // the deadlock's victim ran twice
    const descriptions = (await one.stores.apps.list()).map((app) => app.description);
    expect(descriptions[0]).toBe(descriptions[1]); // the retried transaction wrote both, last
  });
});

describe('createPostgresStores: transactions', () => {
  it('a kept nested tx refuses once its savepoint ended, while the outer one goes on', async () => {
    const { url } = await emptyDatabase();
    const { stores } = await processOn(url);
    await stores.transaction(async (tx) => {
      let kept: Stores | undefined;
      await tx.transaction(async (inner) => {
        kept = inner;
        await inner.apps.create({ id: 'inner', name: 'i', description: '', icon: null, createdBy: null, createdAt: 1 });
      });
      await expect(kept?.apps.list() ?? Promise.resolve()).rejects.toThrow(/transaction has ended/);
      await tx.apps.create({ id: 'outer', name: 'o', description: '', icon: null, createdBy: null, createdAt: 1 });
    });
    expect((await stores.apps.list()).map((app) => app.id).sort()).toEqual(['inner', 'outer']);
  });

  it('a statement that fails inside a nested transaction leaves the outer transaction usable', async () => {
    const { url } = await emptyDatabase();
    const { stores } = await processOn(url);
    const user = { id: 'u1', username: 'alice', name: 'A', role: 'member', departmentId: null, locale: null, passwordHash: 'h', createdAt: 1 } as const;
    await stores.users.create(user);
    await stores.transaction(async (tx) => {
      await expect(tx.transaction((inner) => inner.users.create({ ...user, id: 'u2', username: 'ALICE' }))).rejects.toThrow();
      await tx.users.create({ ...user, id: 'u3', username: 'bob' });
    });
    expect((await stores.users.list()).map((found) => found.id)).toEqual(['u1', 'u3']);
  });

  it('gives every client back to the pool, after a commit, a rollback and a failed statement', async () => {
    const { url } = await emptyDatabase();
    const { pool, stores } = await processOn(url, 2);
    await stores.transaction((tx) => tx.apps.list());
    await expect(stores.transaction(() => Promise.reject(new Error('no')))).rejects.toThrow('no');
    const app = { id: 'a', name: 'a', description: '', icon: null, createdBy: null, createdAt: 1 };
    await expect(stores.transaction(async (tx) => tx.apps.create(await tx.apps.create(app)))).rejects.toThrow(/duplicate key/);
    expect(pool.waitingCount).toBe(0);
    expect(pool.idleCount).toBe(pool.totalCount);
    // Both connections are free: two transactions can hold one each at the same time.
    await Promise.all([stores.transaction(() => sleep(10)), stores.transaction(() => sleep(10))]);
  });

  it('returns BIGINT times as numbers even over a pool without openPostgres type parsing', async () => {
    const { url } = await emptyDatabase();
    const pool = new Pool({ connectionString: url, max: 2 });
    cleanups.push(() => pool.end());
    const stores = createPostgresStores(pool, { records: recordsNotYet });
    await seedForm(stores);
    await stores.sessions.create({ tokenHash: 't', userId: (await stores.users.create({ id: 'u', username: 'u', name: 'u', role: 'member', departmentId: null, locale: null, passwordHash: 'h', createdAt: 7 })).id, createdAt: 7, lastSeenAt: 8, expiresAt: 1_800_000_000_000 });
    expect(await stores.sessions.find('t')).toEqual({ tokenHash: 't', userId: 'u', createdAt: 7, lastSeenAt: 8, expiresAt: 1_800_000_000_000 });
    expect((await stores.apps.findById('app'))?.createdAt).toBe(1);
    expect(await stores.serials.next('f', 'no', '2026-12', 100)).toBe(100);
    await stores.loginAttempts.recordFailure(['k'], 1_700_000_000_123);
    expect(await stores.loginAttempts.nthLatestFailure('k', 1)).toBe(1_700_000_000_123);
  });
});

