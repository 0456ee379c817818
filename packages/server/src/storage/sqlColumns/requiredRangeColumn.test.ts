import { describe, expect, it } from 'vitest';
import type { AggregateQuery } from '../../query/AggregateQuery.js';
import type { FilterPredicate } from '../../query/FilterPredicate.js';
import type { QueryField } from '../../query/QueryField.js';
import { pgAggregateIndexColumns } from '../postgres/valueTables/pgColumnsToIndex.js';
import { aggregateIndexColumns } from '../sqlite/records/columnsToIndex.js';
import { requiredRangeColumn } from './requiredRangeColumn.js';

const field = (id: string, kind: QueryField['kind'] = 'text'): QueryField => ({ id, kind, system: false, removed: false });
const signed = field('f_signed', 'date');
const amount = field('f_amount', 'number');
const region = field('f_region');
const from = (value: string): FilterPredicate => ({ kind: 'compare', field: signed, comparison: '>=', value });
const until = (value: string): FilterPredicate => ({ kind: 'compare', field: signed, comparison: '<', value });
const inEast: FilterPredicate = { kind: 'compare', field: region, comparison: '=', value: 'east' };

describe('requiredRangeColumn', () => {
  it('names the one column a filter requires in a range, alone or in the top-level and', () => {
    expect(requiredRangeColumn({ kind: 'and', items: [from('2026-11-01'), until('2026-12-01'), inEast] })).toBe('"v_f_signed"');
    expect(requiredRangeColumn(from('2026-11-01'))).toBe('"v_f_signed"');
  });

  it('names none for an equality, an or, or ranges on two columns', () => {
    expect(requiredRangeColumn(inEast)).toBeNull();
    expect(requiredRangeColumn({ kind: 'or', items: [from('2026-11-01'), inEast] })).toBeNull();
    expect(requiredRangeColumn({ kind: 'and', items: [from('2026-11-01'), { kind: 'compare', field: amount, comparison: '>', value: 0 }] })).toBeNull();
    expect(requiredRangeColumn(null)).toBeNull();
  });

  it('leads the covering index of a period’s aggregate on both adapters, in the same order', () => {
    const query: AggregateQuery = {
      groups: [{ field: region, bucket: null, key: 'f_region' }],
      measures: [{ id: 's', op: 'sum', field: amount }],
      filter: { kind: 'and', items: [from('2026-11-01'), until('2026-12-01')] },
      sort: null,
      limit: 10_000,
    };
    expect(aggregateIndexColumns(query, { kind: 'all' })).toEqual(['"v_f_signed"', '"v_f_region"', '"v_f_amount"']);
    expect(pgAggregateIndexColumns(query, { kind: 'all' })).toEqual(aggregateIndexColumns(query, { kind: 'all' }));
  });
});
