import type { RecordFilter } from '@formwork/runtime';
import { describe, expect, it } from 'vitest';
import type { ConditionGroup } from '../rules/ConditionTree.js';
import { conditionsToRecordFilter, recordFilterToConditions } from './recordFilterConditions.js';

describe('a widget filter between the condition builder and the query', () => {
  it('turns the builder’s operators into the server’s, and opens them again', () => {
    const tree: ConditionGroup = {
      kind: 'group',
      combinator: 'and',
      items: [
        { kind: 'condition', field: 'f_stage', operator: 'anyOf', value: ['quote', 'won'] },
        { kind: 'condition', field: 'f_amount', operator: 'gte', value: 100 },
        { kind: 'group', combinator: 'or', items: [{ kind: 'condition', field: 'f_customer', operator: 'contains', value: 'East' }, { kind: 'condition', field: 'f_closed', operator: 'empty' }] },
      ],
    };
    const filter: RecordFilter = {
      and: [
        { field: 'f_stage', op: 'in', value: ['quote', 'won'] },
        { field: 'f_amount', op: 'range', value: [100, null] },
        { or: [{ field: 'f_customer', op: 'like', value: 'East' }, { field: 'f_closed', op: 'empty' }] },
      ],
    };
    expect(conditionsToRecordFilter(tree)).toEqual({ ok: true, filter });
    expect(recordFilterToConditions(filter)).toEqual(tree);
  });

  it('one condition is the filter itself; no complete condition is no filter', () => {
    expect(conditionsToRecordFilter({ kind: 'group', combinator: 'and', items: [{ kind: 'condition', field: 'f_stage', operator: 'eq', value: 'won' }, { kind: 'condition', field: '', operator: 'eq' }] })).toEqual({
      ok: true,
      filter: { field: 'f_stage', op: 'eq', value: 'won' },
    });
    expect(conditionsToRecordFilter({ kind: 'group', combinator: 'and', items: [] })).toEqual({ ok: true, filter: null });
    expect(recordFilterToConditions(undefined)).toEqual({ kind: 'group', combinator: 'and', items: [] });
  });

  it('refuses what a query cannot say, naming the field', () => {
    expect(conditionsToRecordFilter({ kind: 'condition', field: 'f_closed', operator: 'lt', against: { kind: 'today', days: 0 } })).toEqual({ ok: false, field: 'f_closed' });
    expect(conditionsToRecordFilter({ kind: 'condition', field: 'f_customer', operator: 'notContains', value: 'x' })).toEqual({ ok: false, field: 'f_customer' });
    expect(recordFilterToConditions({ field: 'f_stage', op: 'nin', value: ['lost'] })).toBeUndefined();
  });

  it('opens a closed range as both ends', () => {
    expect(recordFilterToConditions({ field: 'f_amount', op: 'range', value: [10, 20] })).toEqual({
      kind: 'group',
      combinator: 'and',
      items: [
        { kind: 'condition', field: 'f_amount', operator: 'gte', value: 10 },
        { kind: 'condition', field: 'f_amount', operator: 'lte', value: 20 },
      ],
    });
  });
});
