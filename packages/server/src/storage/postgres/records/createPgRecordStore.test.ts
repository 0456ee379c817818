import type { RecordData } from '@formwork/runtime';
import type { Pool } from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { AggregateQuery } from '../../../query/AggregateQuery.js';
import type { FilterPredicate } from '../../../query/FilterPredicate.js';
import type { QueryField } from '../../../query/QueryField.js';
import type { RecordCursor } from '../../../query/RecordCursor.js';
import type { RecordSort } from '../../../query/RecordSort.js';
import { valueColumnName } from '../../sqlColumns/valueColumnName.js';
import { appendValueCells } from '../../../records/encodeRecord.js';
import type { CellValue } from '../../../records/projectValue.js';
import type { StoredRecord } from '../../../records/StoredRecord.js';
import type { ValueColumn } from '../../../records/ValueColumn.js';
import type { RecordSelection } from '../../RecordStore.js';
import type { Stores } from '../../Stores.js';
import { createSqliteStores } from '../../sqlite/createSqliteStores.js';
import { migrateDatabase } from '../../sqlite/migrateDatabase.js';
import { openDatabase } from '../../sqlite/openDatabase.js';
import { newRecord, sampleColumns, seedForm } from '../../testing/contract/seedContractData.js';
import { createPostgresStores } from '../createPostgresStores.js';
import { openPostgres } from '../openPostgres.js';
import { createTestDatabase } from '../testing/createTestDatabase.js';
import { createPgRecordStore } from './createPgRecordStore.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A fresh migrated database; `processes` pools on it (each one "server process"), with their stores. */
async function databaseWith(processes: number): Promise<{ pool: Pool; stores: Stores }[]> {
  const database = await createTestDatabase();
  cleanups.push(() => database.drop());
  const opened: { pool: Pool; stores: Stores }[] = [];
  for (let index = 0; index < processes; index++) {
    const pool = await openPostgres(database.url, { max: 3 });
    cleanups.push(() => pool.end());
    opened.push({ pool, stores: createPostgresStores(pool, { records: createPgRecordStore }) });
  }
  return opened;
}

const field = (column: ValueColumn): QueryField => ({ id: column.fieldId, kind: column.kind, system: false, removed: false });
const tags: ValueColumn = { fieldId: 'f_tags', kind: 'list', fieldType: 'checkbox', indexed: false };
const columns: readonly ValueColumn[] = [...sampleColumns, tags];
const [nameColumn, amountColumn] = sampleColumns as [ValueColumn, ValueColumn];
const name = field(nameColumn);
const amount = field(amountColumn);
const tagsField = field(tags);
const owner: QueryField = { id: '_owner', kind: 'text', system: true, removed: false };
const everything: RecordSelection = { formId: 'f', columns, scope: { kind: 'all' }, filter: null, state: 'live' };

async function readAll(iterable: AsyncIterable<StoredRecord>): Promise<StoredRecord[]> {
  const records: StoredRecord[] = [];
  for await (const record of iterable) records.push(record);
  return records;
}

describe('createPgRecordStore: concurrent writers', () => {
  it('of two processes racing compare-and-set updates on one record, exactly one wins, and the value row holds its data', async () => {
    const [one, two] = (await databaseWith(2)) as [{ pool: Pool; stores: Stores }, { pool: Pool; stores: Stores }];
    await seedForm(one.stores);
    await one.stores.records.insert(newRecord('r1', { f_name: 'start', f_amount: 0 }), columns);
    for (let round = 1; round <= 5; round++) {
      const writers = Array.from({ length: 6 }, (_, index) => {
        const stores = index % 2 === 0 ? one.stores : two.stores;
        const change = { data: { f_name: `w${String(index)}`, f_amount: round * 10 + index }, formVersion: 1, updatedBy: 'u2', updatedAt: 100 + round };
        // Half inside transactions, half on the pool: both are one statement per write.
        return index < 3 ? stores.records.update('r1', round, change, columns) : stores.transaction((tx) => tx.records.update('r1', round, change, columns));
      });
      const winners = (await Promise.all(writers)).filter((record) => record !== undefined);
      expect(winners).toHaveLength(1);
      const winner = winners[0] as StoredRecord;
      expect(winner.version).toBe(round + 1);
      expect(await two.stores.records.findById('r1')).toEqual(winner);
      // The value table agrees with the winner: the filter finds it by the winner's amount only.
      const byAmount = (value: number) =>
        one.stores.records.count({ ...everything, filter: { kind: 'compare', field: amount, comparison: '=', value } });
      expect(await byAmount(winner.data['f_amount'] as number)).toBe(1);
    }
    expect(await one.stores.records.count(everything)).toBe(1);
  });
});

describe('createPgRecordStore: a record and its value row are written together or not at all', () => {
  /** A value table that refuses amounts of 1000 or more: the record's own row would be fine. */
  async function refusingBigAmounts(pool: Pool, stores: Stores): Promise<void> {
    await seedForm(stores);
    await stores.records.prepareToRead(everything);
    const { rows } = await pool.query<{ table_no: number }>("SELECT table_no FROM value_tables WHERE form_id = 'f'");
    await pool.query(`ALTER TABLE form_values_${String(rows[0]?.table_no)} ADD CONSTRAINT small CHECK (${valueColumnName(amountColumn.fieldId)} < 1000)`);
  }

  it('on the pool, outside any transaction: a failing value row leaves no record behind, and an update stays undone', async () => {
    const [{ pool, stores }] = (await databaseWith(1)) as [{ pool: Pool; stores: Stores }];
    await refusingBigAmounts(pool, stores);
    await expect(stores.records.insert(newRecord('big', { f_name: 'x', f_amount: 5000 }), columns)).rejects.toThrow(/small/);
    expect(await stores.records.findById('big')).toBeUndefined();
    expect((await pool.query("SELECT count(*)::int AS n FROM records")).rows[0]).toEqual({ n: 0 });

    const stored = await stores.records.insert(newRecord('ok', { f_name: 'y', f_amount: 5 }), columns);
    const change = { data: { f_name: 'y', f_amount: 7000 }, formVersion: 1, updatedBy: 'u1', updatedAt: 20 };
    await expect(stores.records.update('ok', 1, change, columns)).rejects.toThrow(/small/);
    expect(await stores.records.findById('ok')).toEqual(stored);
    expect(await stores.records.count({ ...everything, filter: { kind: 'compare', field: amount, comparison: '=', value: 5 } })).toBe(1);
  });

  it('insertMany on the pool writes a whole batch or none of it', async () => {
    const [{ pool, stores }] = (await databaseWith(1)) as [{ pool: Pool; stores: Stores }];
    await refusingBigAmounts(pool, stores);
    const data: RecordData[] = [{ f_name: 'a', f_amount: 1 }, { f_name: 'b', f_amount: 2000 }, { f_name: 'c', f_amount: 3 }];
    const cells: CellValue[] = [];
    for (const item of data) appendValueCells(columns, item, cells);
    const batch = { formId: 'f', formVersion: 1, creatorId: 'u1', ownerId: 'u1', ownerDepartmentId: null, createdAt: 5, ids: ['a', 'b', 'c'], json: data.map((item) => JSON.stringify(item)), cells };
    await expect(stores.records.insertMany(batch, columns)).rejects.toThrow(/small/);
    expect((await pool.query('SELECT count(*)::int AS n FROM records')).rows[0]).toEqual({ n: 0 });
  });
});

describe('createPgRecordStore: exports', () => {
  it('iterate on the pool reads one snapshot across batches, and gives its connection back when the reader stops early', async () => {
    const [{ pool, stores }] = (await databaseWith(1)) as [{ pool: Pool; stores: Stores }];
    await seedForm(stores);
    const data: RecordData[] = Array.from({ length: 1200 }, (_, index) => ({ f_name: `n${String(index)}`, f_amount: index }));
    const cells: CellValue[] = [];
    for (const item of data) appendValueCells(columns, item, cells);
    const ids = data.map((_, index) => `r${String(index)}`);
    await stores.records.insertMany({ formId: 'f', formVersion: 1, creatorId: 'u1', ownerId: 'u1', ownerDepartmentId: null, createdAt: 5, ids, json: data.map((item) => JSON.stringify(item)), cells }, columns);

    const seen: string[] = [];
    for await (const record of stores.records.iterate(everything)) {
      seen.push(record.id);
      if (seen.length === 1) {
        // Written after the export started, in batches it has not read yet: the export does not see them.
        await stores.records.insert(newRecord('late', { f_name: 'late' }), columns);
        await stores.records.setDeleted('r1100', 1, { deleted: true, at: 9, by: 'u1' }, columns);
      }
    }
    expect(seen).toEqual(ids);
    expect((await readAll(stores.records.iterate(everything))).map((record) => record.id)).toEqual([...ids.filter((id) => id !== 'r1100'), 'late']);

    for await (const record of stores.records.iterate(everything)) if (record.id === 'r3') break;
    const failing = async (): Promise<void> => {
      for await (const record of stores.records.iterate(everything)) if (record.id === 'r600') throw new Error('the export file could not be written');
    };
    await expect(failing()).rejects.toThrow('could not be written');
    expect(pool.idleCount).toBe(pool.totalCount);
    expect((await pool.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'")).rows[0]).toEqual({ n: 0 });
  });

  it('insertMany numbers a batch in its order, as SQLite does', async () => {
    const [{ stores }] = (await databaseWith(1)) as [{ pool: Pool; stores: Stores }];
    await seedForm(stores);
    const ids = Array.from({ length: 2000 }, (_, index) => `m${String((index * 7919) % 2000).padStart(4, '0')}`);
    const data = ids.map((id) => ({ f_name: id }));
    const cells: CellValue[] = [];
    for (const item of data) appendValueCells(columns, item, cells);
    await stores.transaction((tx) => tx.records.insertMany({ formId: 'f', formVersion: 1, creatorId: 'u1', ownerId: 'u2', ownerDepartmentId: null, createdAt: 5, ids, json: data.map((item) => JSON.stringify(item)), cells }, columns));
    const read = await readAll(stores.records.iterateForm('f'));
    expect(read.map((record) => record.id)).toEqual(ids);
    expect(read.map((record) => record.seq)).toEqual(ids.map((_, index) => index + 1));
  });
});

describe('createPgRecordStore: aggregates', () => {
  it('an aggregate without groups gets a covering index of its measured columns, live rows only (#14), and the same total', async () => {
    const [{ pool, stores }] = (await databaseWith(1)) as [{ pool: Pool; stores: Stores }];
    await seedForm(stores);
    await stores.records.insert(newRecord('r1', { f_name: 'a', f_amount: 2.5 }), columns);
    await stores.records.insert(newRecord('r2', { f_name: 'b', f_amount: 4 }), columns);
    await stores.records.setDeleted('r2', 1, { deleted: true, at: 11, by: 'u1' }, columns);
    const total: AggregateQuery = { groups: [], measures: [{ id: 's', op: 'sum', field: amount }], filter: null, sort: null, limit: 10 };
    expect(await stores.records.aggregate({ formId: 'f', columns, scope: { kind: 'all' } }, total, 480)).toEqual({ rows: [{ keys: [], values: [2.5] }], truncated: false });
    const { rows } = await pool.query<{ indexdef: string }>("SELECT indexdef FROM pg_indexes WHERE tablename LIKE 'form_values_%' AND indexname LIKE '%_agg_%'");
    expect(rows.map((row) => row.indexdef.replace(/^.* USING /, 'USING '))).toEqual(['USING btree (v_f_amount) WHERE (NOT deleted)']);
  });
});

/** A small deterministic random source (the same records every run). */
function randomSource(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe('createPgRecordStore: the same answers as the SQLite record store', () => {
  it('on a few hundred random records: iterate, iterateForm, page walks, counts, aggregates, unique checks and values rewritten after a conversion agree', async () => {
    const [{ stores: pg }] = (await databaseWith(1)) as [{ pool: Pool; stores: Stores }];
    const sqliteDb = openDatabase(':memory:');
    cleanups.push(async () => void sqliteDb.close());
    migrateDatabase(sqliteDb, () => 0);
    const sqlite = createSqliteStores(sqliteDb);
    const random = randomSource(11);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const names = ['Acme', 'acme', '华东', 'Zed', 'zed co', '50%_off', ''];
    const amounts = [null, 0, -3.5, 7, 7, 12.25, 100, 1e6];
    const tagSets = [[], ['a'], ['b'], ['a', 'b'], ['北']];

    for (const stores of [sqlite, pg]) {
      await seedForm(stores);
      await stores.departments.create({ id: 'd1', name: 'D1', parentId: null, managerId: null, createdAt: 1 });
    }
    const both = async (write: (stores: Stores) => Promise<unknown>): Promise<void> => {
      await write(sqlite);
      await write(pg);
    };
    const randomData = (): RecordData => {
      const data: Record<string, unknown> = {};
      if (random() < 0.9) data['f_name'] = pick(names);
      const value = pick(amounts);
      if (value !== null) data['f_amount'] = value;
      if (random() < 0.7) data['f_tags'] = pick(tagSets);
      return data as RecordData;
    };
    for (let index = 0; index < 300; index++) {
      const ownerId = pick(['u1', 'u2']);
      if (index % 60 === 30) {
        // Now and then a batch, as imports write them.
        const ids = Array.from({ length: 20 }, (_, at) => `b${String(index)}_${String(at)}`);
        const data = ids.map(randomData);
        const cells: CellValue[] = [];
        for (const item of data) appendValueCells(columns, item, cells);
        const batch = { formId: 'f', formVersion: 1, creatorId: 'u1', ownerId, ownerDepartmentId: 'd1', createdAt: 1000 + index, ids, json: data.map((item) => JSON.stringify(item)), cells };
        await both((stores) => stores.transaction((tx) => tx.records.insertMany(batch, columns)));
        continue;
      }
      const record = { ...newRecord(`r${String(index)}`, randomData(), ownerId, 1000 + index), ownerDepartmentId: random() < 0.3 ? 'd1' : null };
      await both((stores) => stores.records.insert(record, columns));
      if (random() < 0.15) {
        const change = { data: randomData(), formVersion: 2, updatedBy: 'u2', updatedAt: 5000 + index };
        await both((stores) => stores.records.update(record.id, 1, change, columns));
      }
      if (random() < 0.1) await both((stores) => stores.records.setDeleted(record.id, 1, { deleted: true, at: 6000 + index, by: 'u1' }, columns));
    }

    const same = async <T>(read: (stores: Stores) => Promise<T>): Promise<T> => {
      const expected = await read(sqlite);
      expect(await read(pg)).toEqual(expected);
      return expected;
    };
    const filters: (FilterPredicate | null)[] = [
      null,
      { kind: 'compare', field: amount, comparison: '>', value: 5 },
      { kind: 'like', field: name, text: 'acme' },
      { kind: 'contains', field: tagsField, values: ['a'] },
      { kind: 'or', items: [{ kind: 'empty', field: amount }, { kind: 'in', field: name, values: ['Zed', '华东'] }] },
    ];
    const sorts: RecordSort[] = [
      { field: null, direction: 'asc' },
      { field: null, direction: 'desc' },
      { field: amount, direction: 'asc' },
      { field: amount, direction: 'desc' },
      { field: name, direction: 'asc' },
      { field: name, direction: 'desc' },
    ];
    const walk = async (stores: Stores, selection: RecordSelection, sort: RecordSort): Promise<StoredRecord[]> => {
      const records: StoredRecord[] = [];
      let cursor: RecordCursor | undefined;
      for (let pages = 0; pages < 500; pages++) {
        const page = await stores.records.page({ ...selection, sort, cursor, limit: 13 });
        records.push(...page.records);
        if (!page.next) return records;
        cursor = JSON.parse(JSON.stringify(page.next)) as RecordCursor;
      }
      throw new Error('the pages never ended');
    };

    const all = await same((stores) => readAll(stores.records.iterateForm('f')));
    expect(all.length).toBe(300 - 5 + 5 * 20);
    for (const filter of filters) {
      for (const state of ['live', 'deleted'] as const) {
        for (const scope of [{ kind: 'all' }, { kind: 'own', userId: 'u2' }, { kind: 'department', userId: 'u1', departmentIds: ['d1'] }] as const) {
          const selection: RecordSelection = { ...everything, filter, state, scope };
          await same((stores) => readAll(stores.records.iterate(selection)));
          await same((stores) => stores.records.count(selection));
        }
        for (const sort of sorts) await same((stores) => walk(stores, { ...everything, filter, state }, sort));
      }
    }
    const aggregate: AggregateQuery = {
      groups: [{ field: owner, bucket: null, key: 'owner' }, { field: name, bucket: null, key: 'name' }],
      measures: [
        { id: 'n', op: 'count', field: null },
        { id: 's', op: 'sum', field: amount },
        { id: 'a', op: 'avg', field: amount },
        { id: 'max', op: 'max', field: amount },
      ],
      filter: null,
      sort: { by: 's', direction: 'desc' },
      limit: 6,
    };
    const grouped = await same((stores) => stores.records.aggregate({ formId: 'f', columns, scope: { kind: 'all' } }, aggregate, 480));
    expect(grouped.truncated).toBe(true);
    await same((stores) => stores.records.aggregate({ formId: 'f', columns, scope: { kind: 'own', userId: 'u1' } }, { ...aggregate, groups: [{ field: tagsField, bucket: null, key: 't' }], sort: null, limit: 100 }, 0));
    for (const value of names) {
      for (const except of [null, 'r0', 'r1']) await same((stores) => stores.records.hasValue('f', columns, 'f_name', value, except));
    }

    // A field that changed kind (publishing a conversion): the values are rewritten from the data, then read as the new kind.
    const converted: readonly ValueColumn[] = columns.map((column) => (column.fieldId === 'f_amount' ? { ...column, kind: 'any', fieldType: 'text' } : column));
    const amountAsAny: QueryField = { ...amount, kind: 'any' };
    await both((stores) => stores.transaction((tx) => tx.records.rewriteValues('f', converted)));
    for (const sort of [{ field: amountAsAny, direction: 'asc' }, { field: amountAsAny, direction: 'desc' }] as const) {
      await same((stores) => walk(stores, { ...everything, columns: converted, filter: { kind: 'compare', field: amountAsAny, comparison: '<', value: 50 } }, sort));
    }
  });
});
