import { expect, it } from 'vitest';
import type { AggregateQuery } from '../../../query/AggregateQuery.js';
import type { QueryField } from '../../../query/QueryField.js';
import type { AggregateAsk, AggregateSelection } from '../../RecordStore.js';
import type { Stores } from '../../Stores.js';
import type { OpenStores } from './OpenStores.js';
import { newRecord, sampleColumns, seedForm } from './seedContractData.js';
import { useStores } from './useStores.js';

const name: QueryField = { id: 'f_name', kind: 'text', system: false, removed: false };
const amount: QueryField = { id: 'f_amount', kind: 'number', system: false, removed: false };
const owner: QueryField = { id: '_owner', kind: 'text', system: true, removed: false };
const createdAt: QueryField = { id: '_createdAt', kind: 'timestamp', system: true, removed: false };
const all: AggregateSelection = { formId: 'f', columns: sampleColumns, scope: { kind: 'all' } };
const query = (patch: Partial<AggregateQuery>): AggregateQuery => ({ groups: [], measures: [{ id: 'n', op: 'count', field: null }], filter: null, sort: null, limit: 100, ...patch });

/**
 * A dashboard's kinds of aggregate: grouped, bucketed by month, sorted and cut, distinct,
 * filtered, ungrouped, in the owner's row scope.
 */
export const dashboardAsks: readonly AggregateAsk[] = [
  { selection: all, query: query({ groups: [{ field: owner, bucket: null, key: '_owner' }], measures: [{ id: 's', op: 'sum', field: amount }, { id: 'n', op: 'count', field: null }] }) },
  { selection: all, query: query({ groups: [{ field: createdAt, bucket: 'month', key: '_createdAt:month' }], measures: [{ id: 's', op: 'sum', field: amount }, { id: 'a', op: 'avg', field: amount }] }) },
  { selection: all, query: query({ groups: [{ field: name, bucket: null, key: 'f_name' }], measures: [{ id: 's', op: 'sum', field: amount }], sort: { by: 's', direction: 'desc' }, limit: 3 }) },
  { selection: all, query: query({ groups: [{ field: name, bucket: null, key: 'f_name' }], limit: 2 }) },
  { selection: all, query: query({ measures: [{ id: 'd', op: 'distinct', field: name }, { id: 'lo', op: 'min', field: amount }, { id: 'hi', op: 'max', field: amount }] }) },
  { selection: all, query: query({ measures: [{ id: 's', op: 'sum', field: amount }], filter: { kind: 'compare', field: amount, comparison: '>', value: 10 } }) },
  { selection: { ...all, scope: { kind: 'own', userId: 'u2' } }, query: query({ groups: [{ field: name, bucket: null, key: 'f_name' }], measures: [{ id: 's', op: 'sum', field: amount }] }) },
];

/** Thirty records of form `f` over four months, two owners and six names; one deleted, some without an amount. */
export async function seedDashboardRecords(stores: Stores): Promise<void> {
  await seedForm(stores);
  for (let index = 0; index < 30; index++) {
    const data = index % 7 === 3 ? { f_name: `n${String(index % 6)}` } : { f_name: `n${String(index % 6)}`, f_amount: index * 1.5 + 0.1 };
    await stores.records.insert(newRecord(`r${String(index)}`, data, index % 3 === 0 ? 'u2' : 'u1', Date.UTC(2025, index % 4, 1 + index)), sampleColumns);
  }
  await stores.records.setDeleted('r4', 1, { deleted: true, at: 11, by: 'u1' }, sampleColumns);
}

/** `RecordStore.aggregateMany`: several aggregates asked together, each answered as `aggregate` answers it alone. */
export function recordAggregateManyContract(open: OpenStores): void {
  const current = useStores(open);

  it('aggregateMany: every answer, in the order asked, is the one aggregate gives alone', async () => {
    const stores = current();
    await seedDashboardRecords(stores);
    const many = await stores.records.aggregateMany(dashboardAsks, 480);
    expect(many).toHaveLength(dashboardAsks.length);
    for (const [index, ask] of dashboardAsks.entries()) {
      expect(many[index], `ask ${String(index)}`).toEqual({ status: 'fulfilled', value: await stores.records.aggregate(ask.selection, ask.query, 480) });
    }
    // Not vacuous: the answers differ, one is cut at its limit, the row scope counts.
    expect(many[3]).toMatchObject({ status: 'fulfilled', value: { truncated: true } });
    expect(many[0]).toMatchObject({ status: 'fulfilled', value: { rows: [{ keys: ['u1'] }, { keys: ['u2'] }] } });
    expect(await stores.records.aggregateMany([], 480)).toEqual([]);
  });

  it('aggregateMany: sees every write finished before it was asked, inside a transaction too', async () => {
    const stores = current();
    await seedDashboardRecords(stores);
    const total = dashboardAsks[5] as AggregateAsk;
    const sums = async (): Promise<number[]> =>
      (await stores.records.aggregateMany([total, total], 480)).map((settled) => {
        if (settled.status === 'rejected') throw settled.reason;
        return settled.value.rows[0]?.values[0] as number;
      });
    const before = await sums();
    await stores.records.insert(newRecord('late', { f_name: 'late', f_amount: 1000 }), sampleColumns);
    const after = await sums();
    expect(after[0]).toBeCloseTo((before[0] ?? Number.NaN) + 1000, 9);
    expect(after[1]).toBe(after[0]);
    await stores.transaction(async (tx) => {
      await tx.records.insert(newRecord('inside', { f_name: 'inside', f_amount: 50 }), sampleColumns);
      const inside = await tx.records.aggregateMany([total, dashboardAsks[0] as AggregateAsk], 480);
      expect(inside[0]).toEqual({ status: 'fulfilled', value: await tx.records.aggregate(total.selection, total.query, 480) });
      expect(inside[0]?.status === 'fulfilled' ? inside[0].value.rows[0]?.values[0] : null).toBeCloseTo((after[0] ?? Number.NaN) + 50, 9);
    });
  });
}
