import type { LocalizedText, RecordCondition, RecordFilter, RuleLogic } from '@formwork/runtime';
import { fillText } from '../i18n/fillText.js';
import { scoringMessages as m } from '../i18n/scoringMessages.js';
import { conditionToLogic } from '../rules/conditionToLogic.js';
import type { Condition, ConditionGroup } from '../rules/ConditionTree.js';
import { logicToCondition } from '../rules/logicToCondition.js';

/**
 * The condition builder's rule as a record filter, the shape a scoring source keeps (the server
 * filters records in SQL, never in JSON Logic): `eq ne gt lt` as they are, `≥`/`≤` as an open
 * range, `contains` as `like`, `any of` as `in`, `empty`/`not empty`. A comparison the database
 * cannot make (with another field or today, `not contains`) is refused, saying which; conditions
 * without a field are dropped, as the builder drops them. `null`: no filter.
 *
 * @example
 * recordFilterOfLogic({ '==': [{ var: 'f_stage' }, 'won'] }) // { ok: true, filter: { field: 'f_stage', op: 'eq', value: 'won' } }
 */
export function recordFilterOfLogic(rule: RuleLogic): { readonly ok: true; readonly filter: RecordFilter | null } | { readonly ok: false; readonly reason: LocalizedText } {
  if (rule === null) return { ok: true, filter: null };
  const tree = logicToCondition(rule);
  if (!tree) return { ok: false, reason: fillText(m.filterUnsupported, { operator: 'JSON' }) };
  try {
    return { ok: true, filter: ofGroup(tree) };
  } catch (error) {
    if (error instanceof UnsupportedCondition) return { ok: false, reason: fillText(m.filterUnsupported, { operator: error.operator }) };
    throw error;
  }
}

/** A record filter as the condition builder's rule (the inverse of `recordFilterOfLogic`); `undefined` for none. */
export function logicOfRecordFilter(filter: RecordFilter | undefined): RuleLogic | undefined {
  if (filter === undefined) return undefined;
  return conditionToLogic(toGroup(filter));
}

class UnsupportedCondition extends Error {
  constructor(readonly operator: string) {
    super(operator);
  }
}

function ofGroup(group: ConditionGroup): RecordFilter | null {
  const parts = group.items.map((item) => (item.kind === 'group' ? ofGroup(item) : ofCondition(item))).filter((part): part is RecordFilter => part !== null);
  if (parts.length === 0) return null;
  if (parts.length === 1) return parts[0] ?? null;
  return group.combinator === 'and' ? { and: parts } : { or: parts };
}

function ofCondition(condition: Condition): RecordCondition | null {
  if (condition.field === '') return null;
  if (condition.against !== undefined) throw new UnsupportedCondition(condition.operator);
  const { field, value } = condition;
  switch (condition.operator) {
    case 'eq':
    case 'ne':
    case 'gt':
    case 'lt':
      return { field, op: condition.operator, value };
    case 'gte':
      return { field, op: 'range', value: [value, null] };
    case 'lte':
      return { field, op: 'range', value: [null, value] };
    case 'contains':
      return { field, op: 'like', value };
    case 'anyOf':
      return { field, op: 'in', value: Array.isArray(value) ? value : [value] };
    case 'empty':
      return { field, op: 'empty' };
    case 'notEmpty':
      return { field, op: 'not_empty' };
    case 'notContains':
      throw new UnsupportedCondition(condition.operator);
  }
}

function toGroup(filter: RecordFilter): ConditionGroup {
  if ('and' in filter) return { kind: 'group', combinator: 'and', items: filter.and.map(toItem) };
  if ('or' in filter) return { kind: 'group', combinator: 'or', items: filter.or.map(toItem) };
  return { kind: 'group', combinator: 'and', items: [toItem(filter)] };
}

function toItem(filter: RecordFilter): Condition | ConditionGroup {
  if ('and' in filter || 'or' in filter) return toGroup(filter);
  const { field } = filter;
  const value = filter.value as Condition['value'];
  switch (filter.op) {
    case 'eq':
    case 'ne':
    case 'gt':
    case 'lt':
      return { kind: 'condition', field, operator: filter.op, ...(value === undefined ? {} : { value }) };
    case 'like':
      return { kind: 'condition', field, operator: 'contains', ...(value === undefined ? {} : { value }) };
    case 'in':
      return { kind: 'condition', field, operator: 'anyOf', ...(value === undefined ? {} : { value }) };
    case 'empty':
      return { kind: 'condition', field, operator: 'empty' };
    case 'not_empty':
      return { kind: 'condition', field, operator: 'notEmpty' };
    case 'range': {
      const [from, to] = Array.isArray(filter.value) ? (filter.value as readonly (string | number | null)[]) : [];
      if (from !== null && from !== undefined && (to === null || to === undefined)) return { kind: 'condition', field, operator: 'gte', value: from };
      if ((from === null || from === undefined) && to !== null && to !== undefined) return { kind: 'condition', field, operator: 'lte', value: to };
      return {
        kind: 'group',
        combinator: 'and',
        items: [
          { kind: 'condition', field, operator: 'gte', value: from ?? '' },
          { kind: 'condition', field, operator: 'lte', value: to ?? '' },
        ],
      };
    }
    case 'nin':
      return { kind: 'group', combinator: 'and', items: (Array.isArray(value) ? value : [value]).map((one) => ({ kind: 'condition', field, operator: 'ne', value: one as string | number })) };
  }
}
