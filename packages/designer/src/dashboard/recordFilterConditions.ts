import type { RecordCondition, RecordFilter } from '@formwork/runtime';
import type { Condition, ConditionGroup } from '../rules/ConditionTree.js';

/**
 * A widget's filter as the condition builder edits it, and back: the builder speaks JSON Logic's
 * operators, a widget's query the server's filter operators (they become SQL). `gte`/`lte` are
 * ranges open at one end; `contains` is `like`; `anyOf` is `in`. What a query cannot say — a
 * comparison with another field or with today, "does not contain" — is refused, naming the field.
 */
export type FilterConversion = { readonly ok: true; readonly filter: RecordFilter | null } | { readonly ok: false; readonly field: string };

/**
 * The query filter a condition tree means (`null`: no complete condition).
 *
 * @example
 * conditionsToRecordFilter({ kind: 'group', combinator: 'and', items: [{ kind: 'condition', field: 'f_amount', operator: 'gte', value: 100 }] })
 * // { ok: true, filter: { field: 'f_amount', op: 'range', value: [100, null] } }
 */
export function conditionsToRecordFilter(node: Condition | ConditionGroup): FilterConversion {
  if (node.kind === 'group') {
    const items: RecordFilter[] = [];
    for (const item of node.items) {
      const converted = conditionsToRecordFilter(item);
      if (!converted.ok) return converted;
      if (converted.filter !== null) items.push(converted.filter);
    }
    if (items.length === 0) return { ok: true, filter: null };
    if (items.length === 1) return { ok: true, filter: items[0] ?? null };
    return { ok: true, filter: node.combinator === 'or' ? { or: items } : { and: items } };
  }
  if (node.field === '') return { ok: true, filter: null };
  if (node.against !== undefined) return { ok: false, field: node.field };
  const field = node.field;
  const value = node.value ?? '';
  switch (node.operator) {
    case 'eq':
    case 'ne':
    case 'gt':
    case 'lt':
      return { ok: true, filter: { field, op: node.operator, value } };
    case 'gte':
      return { ok: true, filter: { field, op: 'range', value: [value, null] } };
    case 'lte':
      return { ok: true, filter: { field, op: 'range', value: [null, value] } };
    case 'contains':
      return { ok: true, filter: { field, op: 'like', value } };
    case 'anyOf':
      return { ok: true, filter: { field, op: 'in', value: Array.isArray(value) ? value : [value] } };
    case 'empty':
      return { ok: true, filter: { field, op: 'empty' } };
    case 'notEmpty':
      return { ok: true, filter: { field, op: 'not_empty' } };
    case 'notContains':
      return { ok: false, field };
  }
}

/** The condition tree a stored query filter opens as, or `undefined` when the builder cannot show it (`nin`). */
export function recordFilterToConditions(filter: RecordFilter | undefined): ConditionGroup | undefined {
  if (filter === undefined) return { kind: 'group', combinator: 'and', items: [] };
  const opened = open(filter);
  if (opened === undefined) return undefined;
  return opened.kind === 'group' ? opened : { kind: 'group', combinator: 'and', items: [opened] };
}

function open(filter: RecordFilter): Condition | ConditionGroup | undefined {
  if ('and' in filter || 'or' in filter) {
    const combinator = 'and' in filter ? 'and' : 'or';
    const items = 'and' in filter ? filter.and : filter.or;
    const opened = items.map(open);
    return opened.every((item) => item !== undefined) ? { kind: 'group', combinator, items: opened } : undefined;
  }
  return openCondition(filter);
}

function openCondition(condition: RecordCondition): Condition | ConditionGroup | undefined {
  const { field, value } = condition;
  const plain = (operator: Condition['operator']): Condition | undefined => (isOperand(value) ? { kind: 'condition', field, operator, value } : undefined);
  switch (condition.op) {
    case 'eq':
    case 'ne':
    case 'gt':
    case 'lt':
      return plain(condition.op);
    case 'like':
      return plain('contains');
    case 'in':
      return Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number') ? { kind: 'condition', field, operator: 'anyOf', value: value as (string | number)[] } : undefined;
    case 'empty':
      return { kind: 'condition', field, operator: 'empty' };
    case 'not_empty':
      return { kind: 'condition', field, operator: 'notEmpty' };
    case 'range': {
      if (!Array.isArray(value) || value.length !== 2) return undefined;
      const [from, to] = value as unknown[];
      const low: Condition | undefined = from === null ? undefined : isOperand(from) ? { kind: 'condition', field, operator: 'gte', value: from } : undefined;
      const high: Condition | undefined = to === null ? undefined : isOperand(to) ? { kind: 'condition', field, operator: 'lte', value: to } : undefined;
      if (low && high) return { kind: 'group', combinator: 'and', items: [low, high] };
      return low ?? high;
    }
    case 'nin':
      return undefined;
  }
}

function isOperand(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
