import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AggregateQuery } from '../../query/AggregateQuery.js';
import type { QueryField } from '../../query/QueryField.js';
import { createSqliteStores } from '../../storage/sqlite/createSqliteStores.js';
import { migrateDatabase } from '../../storage/sqlite/migrateDatabase.js';
import { openDatabase, type SqliteDatabase } from '../../storage/sqlite/openDatabase.js';
import type { Stores } from '../../storage/Stores.js';
import { newRecord, sampleColumns, seedForm } from '../../storage/testing/contract/seedContractData.js';
import { oneAtATime } from './oneAtATime.js';
import type { AggregateSelection } from '../../storage/RecordStore.js';
import { createWidgetAggregateBatch } from './WidgetAggregateBatch.js';

// The batch against the real SQLite store: every query answered as `RecordStore.aggregate`
// answers it alone, in fewer statements.

const name: QueryField = { id: 'f_name', kind: 'text', system: false, removed: false };
const amount: QueryField = { id: 'f_amount', kind: 'number', system: false, removed: false };
const owner: QueryField = { id: '_owner', kind: 'text', system: true, removed: false };
const query = (patch: Partial<AggregateQuery>): AggregateQuery => ({ groups: [], measures: [], filter: null, sort: null, limit: 10_000, ...patch });
const byOwner = { field: owner, bucket: null, key: '_owner' };
const byName = { field: name, bucket: null, key: 'f_name' };

let db: SqliteDatabase;
let stores: Stores;
const selection: AggregateSelection = { formId: 'f', columns: sampleColumns, scope: { kind: 'all' } };

beforeEach(async () => {
  db = openDatabase(':memory:');
  migrateDatabase(db, () => 0);
  stores = createSqliteStores(db);
  await seedForm(stores);
  const amounts = [0.1, 0.2, 0.3, 12.35, 7.7, null, 1e-3, 99.99, 0.7];
  for (const [index, value] of amounts.entries()) {
    await stores.records.insert(newRecord(`r${String(index)}`, value === null ? { f_name: `n${String(index % 4)}` } : { f_name: `n${String(index % 4)}`, f_amount: value }, index % 3 === 0 ? 'u2' : 'u1'), sampleColumns);
  }
  await stores.records.setDeleted('r4', 1, { deleted: true, at: 11, by: 'u1' }, sampleColumns);
});
afterEach(() => db.close());

/** The store, counting the statements it is asked to run (alone or together). */
function counted(): { records: Pick<Stores['records'], 'aggregate' | 'aggregateMany'>; statements: () => number } {
  let statements = 0;
  return {
    records: {
      aggregate: (...args) => (statements++, stores.records.aggregate(...args)),
      aggregateMany: (asks, offsetMinutes) => ((statements += asks.length), stores.records.aggregateMany(asks, offsetMinutes)),
    },
    statements: () => statements,
  };
}

describe('createWidgetAggregateBatch', () => {
  it('answers each query as the store does alone: shared groups in one statement, totals rolled up from them, sorted ones on their own', async () => {
    const queries = [
      query({ groups: [byOwner], measures: [{ id: 'revenue', op: 'sum', field: amount }] }),
      query({ groups: [byOwner], measures: [{ id: 'deals', op: 'count', field: null }] }),
      query({ measures: [{ id: 'total', op: 'sum', field: amount }, { id: 'n', op: 'count', field: amount }] }),
      query({ measures: [{ id: 'all', op: 'count', field: null }] }),
      query({ groups: [byName], measures: [{ id: 'top', op: 'sum', field: amount }], sort: { by: 'top', direction: 'desc' }, limit: 2 }),
      query({ measures: [{ id: 'low', op: 'min', field: amount }, { id: 'mean', op: 'avg', field: amount }] }),
    ];
    const store = counted();
    const batch = createWidgetAggregateBatch(store.records, 480, oneAtATime());
    const answers = await Promise.all(queries.map((each) => batch.aggregate(selection, each)));
    // By owner (revenue, deals, and the two totals), by name sorted, min and avg: three statements for six queries.
    expect(store.statements()).toBe(3);
    for (const [index, each] of queries.entries()) expect(answers[index], `query ${String(index)}`).toEqual(await stores.records.aggregate(selection, each, 480));
    expect(answers[2]?.rows).toEqual([{ keys: [], values: [0.1 + 0.2 + 0.3 + 12.35 + 0.001 + 99.99 + 0.7, 7] }]);
  });

  it('asks a total on its own when the groups it would add up came back cut at their limit', async () => {
    const queries = [query({ groups: [byName], measures: [{ id: 's', op: 'sum', field: amount }], limit: 2 }), query({ measures: [{ id: 'total', op: 'sum', field: amount }] })];
    const store = counted();
    const batch = createWidgetAggregateBatch(store.records, 480, oneAtATime());
    const [cut, total] = await Promise.all(queries.map((each) => batch.aggregate(selection, each)));
    expect(cut?.truncated).toBe(true);
    expect(total).toEqual(await stores.records.aggregate(selection, queries[1] as AggregateQuery, 480));
    expect(store.statements()).toBe(2);
  });

  it('keeps apart what differs in filter or row scope, and never totals a list group', async () => {
    const store = counted();
    const batch = createWidgetAggregateBatch(store.records, 480, oneAtATime());
    const filtered = query({ groups: [byOwner], measures: [{ id: 's', op: 'sum', field: amount }], filter: { kind: 'compare', field: amount, comparison: '>', value: 1 } });
    const total = query({ measures: [{ id: 's', op: 'sum', field: amount }] });
    const own: AggregateSelection = { ...selection, scope: { kind: 'own', userId: 'u2' } };
    const [a, b, c] = await Promise.all([batch.aggregate(selection, filtered), batch.aggregate(selection, total), batch.aggregate(own, total)]);
    expect(store.statements()).toBe(3);
    expect(a).toEqual(await stores.records.aggregate(selection, filtered, 480));
    expect(b).toEqual(await stores.records.aggregate(selection, total, 480));
    expect(c).toEqual(await stores.records.aggregate(own, total, 480));
    expect(c?.rows[0]?.values[0]).not.toEqual(b?.rows[0]?.values[0]);
  });

  it('totals nothing as the store does: sums and counts of no records are 0', async () => {
    const none = { kind: 'compare', field: amount, comparison: '>', value: 1e9 } as const;
    const queries = [query({ groups: [byOwner], measures: [{ id: 's', op: 'sum', field: amount }], filter: none }), query({ measures: [{ id: 's', op: 'sum', field: amount }, { id: 'n', op: 'count', field: null }], filter: none })];
    const store = counted();
    const batch = createWidgetAggregateBatch(store.records, 480, oneAtATime());
    const [groups, total] = await Promise.all(queries.map((each) => batch.aggregate(selection, each)));
    expect(store.statements()).toBe(1);
    expect(groups?.rows).toEqual([]);
    expect(total).toEqual(await stores.records.aggregate(selection, queries[1] as AggregateQuery, 480));
    expect(total?.rows).toEqual([{ keys: [], values: [0, 0] }]);
  });

  it('fails the queries of a statement that failed, and answers the others', async () => {
    // The store answers the first statement of the batch with an error, the others as it would.
    const records: Pick<Stores['records'], 'aggregate' | 'aggregateMany'> = {
      aggregate: (...args) => stores.records.aggregate(...args),
      aggregateMany: async (asks, offsetMinutes) => {
        const answers = await stores.records.aggregateMany(asks, offsetMinutes);
        return answers.map((answer, index) => (index === 0 ? { status: 'rejected', reason: new Error('disk on fire') } : answer));
      },
    };
    const batch = createWidgetAggregateBatch(records, 480, oneAtATime());
    const sorted = query({ groups: [byName], measures: [{ id: 's', op: 'sum', field: amount }], sort: { by: 's', direction: 'asc' } });
    const results = await Promise.allSettled([batch.aggregate(selection, query({ groups: [byOwner], measures: [{ id: 'n', op: 'count', field: null }] })), batch.aggregate(selection, sorted)]);
    expect(results[0]).toMatchObject({ status: 'rejected', reason: new Error('disk on fire') });
    expect(results[1]).toEqual({ status: 'fulfilled', value: await stores.records.aggregate(selection, sorted, 480) });
  });
});
