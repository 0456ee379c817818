import { describe, expect, it } from 'vitest';
import type { AggregateQuery } from '../../query/AggregateQuery.js';
import type { QueryField } from '../../query/QueryField.js';
import { planAggregateBatch } from './planAggregateBatch.js';

const field = (id: string, kind: QueryField['kind']): QueryField => ({ id, kind, system: id.startsWith('_'), removed: false });
const region = field('f_region', 'text');
const signed = field('f_signed', 'date');
const amount = field('f_amount', 'number');
const qty = field('f_qty', 'number');
const tags = field('f_tags', 'list');
const owner = field('_owner', 'text');
const query = (patch: Partial<AggregateQuery>): AggregateQuery => ({ groups: [], measures: [], filter: null, sort: null, limit: 10_000, ...patch });
const sum = (id: string, of: QueryField) => ({ id, op: 'sum' as const, field: of });

describe('planAggregateBatch', () => {
  it("plans the bench's six widgets (#14) as three scans: by region with the totals rolled up, by day for the months, the sorted leaderboard", () => {
    const widgets = [
      query({ measures: [sum('amount', amount)] }),
      query({ groups: [{ field: region, bucket: null, key: 'f_region' }], measures: [sum('amount', amount)] }),
      query({ groups: [{ field: signed, bucket: 'month', key: 'f_signed:month' }], measures: [sum('amount', amount)] }),
      query({ groups: [{ field: region, bucket: null, key: 'f_region' }], measures: [{ id: 'orders', op: 'count', field: null }] }),
      query({ groups: [{ field: owner, bucket: null, key: '_owner' }], measures: [sum('amount', amount)], sort: { by: 'amount', direction: 'desc' }, limit: 10 }),
      query({ measures: [sum('qty', qty)] }),
    ];
    const scans = planAggregateBatch(widgets);
    expect(scans.map((scan) => scan.query.groups.map((group) => group.key))).toEqual([['f_region'], ['f_signed:month'], ['_owner']]);
    expect(scans[0]?.query.measures.map(({ op, field: of }) => [op, of?.id ?? null])).toEqual([['sum', 'f_amount'], ['count', null], ['sum', 'f_qty']]);
    expect(scans[0]?.answers).toEqual([
      { query: 1, measures: [0], rollUp: false },
      { query: 3, measures: [1], rollUp: false },
      { query: 0, measures: [0], rollUp: true },
      { query: 5, measures: [2], rollUp: true },
    ]);
    // The sorted one keeps its own measure ids: its sort names them.
    expect(scans[2]?.query).toBe(widgets[4]);
  });

  it('rolls up only counts and sums, never from a list group, and only with the same filter', () => {
    const filter = { kind: 'compare', field: amount, comparison: '>', value: 5 } as const;
    const scans = planAggregateBatch([
      query({ groups: [{ field: tags, bucket: null, key: 'f_tags' }], measures: [sum('s', amount)] }),
      query({ measures: [sum('s', amount)] }),
      query({ groups: [{ field: region, bucket: null, key: 'f_region' }], measures: [sum('s', amount)], filter }),
      query({ measures: [{ id: 'avg', op: 'avg', field: amount }] }),
      query({ measures: [{ id: 'distinct', op: 'distinct', field: region }] }),
    ]);
    expect(scans.map((scan) => scan.answers.map((answer) => [answer.query, answer.rollUp]))).toEqual([[[0, false]], [[2, false]], [[4, false]], [[1, false], [3, false]]]);
    expect(scans[3]?.query.measures.map((measure) => measure.op)).toEqual(['sum', 'avg']);
  });
});
