import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AggregateQuery } from '../../../query/AggregateQuery.js';
import { createFolderBlobStore } from '../../folder/createFolderBlobStore.js';
import type { AggregateAsk } from '../../RecordStore.js';
import type { Stores } from '../../Stores.js';
import { dashboardAsks, recordAggregateManyContract, seedDashboardRecords } from '../../testing/contract/recordAggregateManyContract.js';
import { newRecord, sampleColumns } from '../../testing/contract/seedContractData.js';
import { createSqliteStores } from '../createSqliteStores.js';
import { migrateDatabase } from '../migrateDatabase.js';
import { databasePath, openDatabase } from '../openDatabase.js';
import { openSqliteStorage } from '../openSqliteStorage.js';
import { createSqliteAggregateReaders, type SqliteAggregateReaders } from './createSqliteAggregateReaders.js';

// A file database whose outer stores fan `aggregateMany` out to two reader threads, as a
// server's do (`openSqliteStorage`): the same answers as the one connection gives, one by one.

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

interface FileStores {
  readonly stores: Stores;
  readonly readers: SqliteAggregateReaders;
  close(): Promise<void>;
}

async function openFileStores(): Promise<FileStores> {
  const folder = mkdtempSync(join(tmpdir(), 'formwork-readers-'));
  folders.push(folder);
  const file = databasePath(folder);
  const db = openDatabase(file);
  migrateDatabase(db, () => 0);
  const readers = createSqliteAggregateReaders(file, 2);
  return {
    stores: createSqliteStores(db, { aggregateReaders: readers }),
    readers,
    close: async () => {
      await readers.close();
      db.close();
    },
  };
}

describe('aggregateMany on reader threads (SQLite file)', () => {
  recordAggregateManyContract(openFileStores);

  it('reads on the threads, and answers what the one connection answers while writes land during the reads', async () => {
    const opened = await openFileStores();
    try {
      const { stores, readers } = opened;
      await seedDashboardRecords(stores);
      // Enough rows that a scan takes a while: a batch of 20,000 more in one transaction.
      const more = 20_000;
      await stores.transaction((tx) =>
        tx.records.insertMany(
          {
            formId: 'f', formVersion: 1, creatorId: 'u1', ownerId: 'u1', ownerDepartmentId: null, createdAt: Date.UTC(2025, 5, 1),
            ids: Array.from({ length: more }, (_, index) => `m${String(index)}`),
            json: Array.from({ length: more }, (_, index) => JSON.stringify({ f_name: `m${String(index % 50)}`, f_amount: index % 97 })),
            cells: Array.from({ length: more }, (_, index) => [`m${String(index % 50)}`, index % 97]).flat(),
          },
          sampleColumns,
        ),
      );
      expect(readers.threads).toBe(0);
      const sequential = async (asks: readonly AggregateAsk[]) => Promise.all(asks.map(async (ask) => ({ status: 'fulfilled', value: await stores.records.aggregate(ask.selection, ask.query, 480) })));
      expect(await stores.records.aggregateMany(dashboardAsks, 480)).toEqual(await sequential(dashboardAsks));
      expect(readers.threads).toBe(2);

      // Writes on the request thread's connection while the threads read: each lands (WAL: no
      // reader blocks the writer), and each scan answers the records before or after some of them.
      const count = { selection: dashboardAsks[0]?.selection, query: { groups: [], measures: [{ id: 'n', op: 'count', field: null }], filter: null, sort: null, limit: 10 } } as AggregateAsk;
      const [before] = await sequential([count]);
      let settled = false;
      const reading = stores.records.aggregateMany([count, count, ...dashboardAsks], 480).finally(() => (settled = true));
      let writtenWhileReading = 0;
      do {
        await stores.records.insert(newRecord(`w${String(writtenWhileReading)}`, { f_name: 'w', f_amount: 1 }), sampleColumns);
        writtenWhileReading++;
        await new Promise((resolve) => setImmediate(resolve));
      } while (!settled);
      const read = await reading;
      const first = before?.value.rows[0]?.values[0] as number;
      for (const answer of read.slice(0, 2)) {
        expect(answer.status).toBe('fulfilled');
        const counted = answer.status === 'fulfilled' ? (answer.value.rows[0]?.values[0] as number) : Number.NaN;
        expect(counted).toBeGreaterThanOrEqual(first);
        expect(counted).toBeLessThanOrEqual(first + writtenWhileReading);
      }
      expect(writtenWhileReading).toBeGreaterThan(0);
      // Once the writes are done, the threads see all of them, and the numbers are the connection's again.
      const asks = [count, ...dashboardAsks];
      const now = await stores.records.aggregateMany(asks, 480);
      expect(now).toEqual(await sequential(asks));
      expect(now[0]).toMatchObject({ status: 'fulfilled', value: { rows: [{ values: [first + writtenWhileReading] }] } });
    } finally {
      await opened.close();
    }
  });

  it('fails only the aggregate that cannot be compiled or read; the others answer', async () => {
    const opened = await openFileStores();
    try {
      const { stores } = opened;
      await seedDashboardRecords(stores);
      const ask = dashboardAsks[0] as AggregateAsk;
      // A measure of a column the form's value table does not have: refused before any SQL runs.
      const unknown: AggregateQuery = { ...ask.query, measures: [{ id: 'x', op: 'sum', field: { id: 'f_missing', kind: 'number', system: false, removed: false } }] };
      const answers = await stores.records.aggregateMany([ask, { selection: ask.selection, query: unknown }, ask], 480);
      expect(answers[1]).toMatchObject({ status: 'rejected', reason: { message: expect.stringContaining('v_f_missing') as unknown } });
      const alone = await stores.records.aggregate(ask.selection, ask.query, 480);
      expect(answers[0]).toEqual({ status: 'fulfilled', value: alone });
      expect(answers[2]).toEqual({ status: 'fulfilled', value: alone });
    } finally {
      await opened.close();
    }
  });
});

describe('openSqliteStorage', () => {
  it('closes its reader threads with the storage: the last connection to close is its own, which removes the WAL', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'formwork-readers-'));
    folders.push(folder);
    const storage = openSqliteStorage(folder, createFolderBlobStore(join(folder, 'files')), () => 0);
    await seedDashboardRecords(storage.stores);
    const answers = await storage.stores.records.aggregateMany(dashboardAsks, 480);
    expect(answers.every((answer) => answer.status === 'fulfilled')).toBe(true);
    expect(existsSync(`${databasePath(folder)}-wal`)).toBe(true);
    await storage.close();
    // A reader left open would hold the WAL (and its thread the test process).
    expect(existsSync(`${databasePath(folder)}-wal`)).toBe(false);
  });
});
