import { Pool } from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { sampleFormSchema } from '../../testing/sampleFormSchema.js';
import type { Stores } from '../Stores.js';
import type { OpenStores } from '../testing/contract/OpenStores.js';
import { describeStoresContract } from '../testing/describeStoresContract.js';
import { createPostgresStores } from './createPostgresStores.js';
import { openPostgres } from './openPostgres.js';
import { createPgRecordStore } from './records/createPgRecordStore.js';
import { createTestDatabase, type TestDatabase } from './testing/createTestDatabase.js';

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
  return { stores: createPostgresStores(pool, { records: createPgRecordStore }), close: async () => undefined };
};

// The same groups as every adapter runs: a group added there runs here too.
describeStoresContract('PostgreSQL', open);

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});


/** One "server process": its own pool on the database, and its stores. */
async function processOn(url: string, max = 3): Promise<{ pool: Pool; stores: Stores }> {
  const pool = await openPostgres(url, { max });
  cleanups.push(() => pool.end());
  return { pool, stores: createPostgresStores(pool, { records: createPgRecordStore }) };
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
  it('of two admins demoting each other at once, one stays: the count of active admins locks what it counts', async () => {
    const { url } = await emptyDatabase();
    const [one, two] = [await processOn(url), await processOn(url)];
    for (const id of ['x', 'y']) {
      await one.stores.users.create({ id, username: id, name: id, role: 'admin', departmentId: null, locale: null, passwordHash: 'h', createdAt: 1 });
    }
    const demote = (stores: Stores, id: string) =>
      stores.transaction(async (tx) => {
        if ((await tx.users.countActiveAdmins()) <= 1) throw new Error('the last admin');
        await sleep(20); // the other transaction counts meanwhile
        await tx.users.update(id, { role: 'member' }, 2);
      });
    const results = await Promise.allSettled([demote(one.stores, 'x'), demote(two.stores, 'y')]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await one.stores.users.countActiveAdmins()).toBe(1);
  });
});

describe('createPostgresStores: transactions', () => {
  it('a connection that breaks mid-transaction fails that transaction, and the pool carries on', async () => {
    const { url } = await emptyDatabase();
    const { pool, stores } = await processOn(url, 2);
    const killer = new Pool({ connectionString: url, max: 1, application_name: 'killer' });
    cleanups.push(() => killer.end());
    const app = (id: string) => ({ id, name: id, description: '', icon: null, createdBy: null, createdAt: 1 });
    await expect(
      stores.transaction(async (tx) => {
        await tx.apps.create(app('lost'));
        await killer.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction'");
        await sleep(50); // the broken connection's 'error' event arrives while the client is checked out
        await tx.apps.create(app('after'));
      }),
    ).rejects.toThrow();
    await stores.apps.create(app('later'));
    expect((await stores.apps.list()).map((found) => found.id)).toEqual(['later']);
    expect(pool.totalCount).toBeLessThanOrEqual(2);
  });

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
    const stores = createPostgresStores(pool, { records: createPgRecordStore });
    await seedForm(stores);
    await stores.sessions.create({ tokenHash: 't', userId: (await stores.users.create({ id: 'u', username: 'u', name: 'u', role: 'member', departmentId: null, locale: null, passwordHash: 'h', createdAt: 7 })).id, createdAt: 7, lastSeenAt: 8, expiresAt: 1_800_000_000_000 });
    expect(await stores.sessions.find('t')).toEqual({ tokenHash: 't', userId: 'u', createdAt: 7, lastSeenAt: 8, expiresAt: 1_800_000_000_000 });
    expect((await stores.apps.findById('app'))?.createdAt).toBe(1);
    expect(await stores.serials.next('f', 'no', '2026-12', 100)).toBe(100);
    await stores.loginAttempts.recordFailure(['k'], 1_700_000_000_123);
    expect(await stores.loginAttempts.nthLatestFailure('k', 1)).toBe(1_700_000_000_123);
  });
});


/**
 * History, files and idempotency answers point at records. Until the record store lands (and the
 * contract's `records` and `files` groups run here), these write the record rows by hand.
 */
describe('createPostgresStores: the stores beside records, over hand-written record rows', () => {
  async function seeded(): Promise<{ pool: Pool; stores: Stores }> {
    const { pool } = await emptyDatabase();
    const stores = createPostgresStores(pool, { records: createPgRecordStore });
    await seedForm(stores);
    await stores.users.create({ id: 'u1', username: 'alice', name: 'Alice', role: 'member', departmentId: null, locale: null, passwordHash: 'h', createdAt: 1 });
    await stores.users.create({ id: 'u2', username: 'bob', name: 'Bob', role: 'member', departmentId: null, locale: null, passwordHash: 'h', createdAt: 1 });
    await pool.query(
      `INSERT INTO records (id, form_id, form_version, data, version, creator_id, owner_id, created_at, updated_at, updated_by)
       VALUES ('r1', 'f', 1, '{}', 1, 'u1', 'u1', 10, 10, 'u1')`,
    );
    return { pool, stores };
  }

  it('history: the creation first, read from the record, then the appended changes with names and reasons', async () => {
    const { stores } = await seeded();
    await stores.history.append({ recordId: 'r1', version: 2, action: 'update', actorId: 'u2', at: 20, changes: [{ fieldId: 'f_name', from: 'a', to: 'b' }], reason: '客户改名' });
    await stores.history.append({ recordId: 'r1', version: 3, action: 'delete', actorId: 'u2', at: 30, changes: [] });
    expect(await stores.history.list('r1')).toEqual([
      { recordId: 'r1', version: 1, action: 'create', actorId: 'u1', actorName: 'Alice', at: 10, changes: [], reason: null },
      { recordId: 'r1', version: 2, action: 'update', actorId: 'u2', actorName: 'Bob', at: 20, changes: [{ fieldId: 'f_name', from: 'a', to: 'b' }], reason: '客户改名' },
      { recordId: 'r1', version: 3, action: 'delete', actorId: 'u2', actorName: 'Bob', at: 30, changes: [], reason: null },
    ]);
    expect(await stores.history.list('none')).toEqual([]);
  });

  it('files: attached for good once a record references them; the reference set is replaced; unattached ones listed oldest first and removable', async () => {
    const { pool, stores } = await seeded();
    await pool.query(`INSERT INTO records (id, form_id, form_version, data, version, created_at, updated_at) VALUES ('r2', 'f', 1, '{}', 1, 11, 11)`);
    const file = (id: string, createdAt: number) => ({ id, uploaderId: 'u1', name: `${id}.pdf`, mimeType: 'application/pdf', size: 3, sha256: 'abc', createdAt });
    for (const [id, at] of [['fil_b', 20], ['fil_a', 10], ['fil_c', 30], ['fil_d', 35]] as const) await stores.files.create(file(id, at));
    expect(await stores.files.findById('fil_a')).toEqual(file('fil_a', 10));
    await stores.files.setRecordFiles('r1', ['fil_b', 'fil_d', 'fil_b'], 40);
    await stores.files.setRecordFiles('r2', ['fil_d'], 40);
    expect((await stores.files.listUnattached(100, 10)).map((f) => f.id)).toEqual(['fil_a', 'fil_c']);
    expect((await stores.files.listUnattached(25, 10)).map((f) => f.id)).toEqual(['fil_a']);
    expect(await stores.files.recordsReferencing('fil_d')).toEqual(['r1', 'r2']);
    await stores.files.setRecordFiles('r1', ['fil_d', 'fil_c'], 50);
    expect(await stores.files.recordsReferencing('fil_b')).toEqual([]);
    expect(await stores.files.recordsReferencing('fil_c')).toEqual(['r1']);
    // Dropped from the record again: still attached for good (a restore or history may need it).
    await stores.files.setRecordFiles('r1', [], 60);
    expect(await stores.files.recordsReferencing('fil_d')).toEqual(['r2']);
    expect(await stores.files.deleteUnattached('fil_b')).toBe(false);
    expect(await stores.files.deleteUnattached('fil_a')).toBe(true);
    expect(await stores.files.deleteUnattached('fil_a')).toBe(false);
    expect(await stores.files.findById('fil_a')).toBeUndefined();
  });

  it('idempotency: one answer per form, user and key; a second save of a key fails; old answers pruned', async () => {
    const { stores } = await seeded();
    const answer = { requestHash: 'h1', recordId: 'r1', response: { id: 'r1', version: 1, nested: ['x'] } };
    await stores.idempotency.save('f', 'u1', 'key-1', answer, 100);
    expect(await stores.idempotency.find('f', 'u1', 'key-1')).toEqual(answer);
    expect(await stores.idempotency.find('f', 'u2', 'key-1')).toBeUndefined();
    await expect(stores.idempotency.save('f', 'u1', 'key-1', answer, 101)).rejects.toThrow(/duplicate key/);
    await stores.idempotency.save('f', 'u2', 'key-1', answer, 200);
    expect(await stores.idempotency.deleteBefore(150)).toBe(1);
    expect(await stores.idempotency.find('f', 'u1', 'key-1')).toBeUndefined();
    expect(await stores.idempotency.find('f', 'u2', 'key-1')).toEqual(answer);
  });
});
