import type { FilterOperator, LocalizedText } from '@formwork/runtime';
import { escapePointerToken } from '../http/jsonPointer.js';
import type { ValidationIssue } from '../http/validation/ValueSchema.js';
import type { BoundValue, Comparison, FilterPredicate } from './FilterPredicate.js';
import { filterLimits } from './filterLimits.js';
import { parseFilterOperand, unsafeFilterText, type FilterOperand } from './parseFilterOperand.js';
import type { QueryField } from './QueryField.js';
import type { TimeZone } from './TimeZone.js';

export type FilterParseResult = { readonly ok: true; readonly predicate: FilterPredicate } | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

const operators: ReadonlySet<string> = new Set<FilterOperator>(['eq', 'ne', 'in', 'nin', 'range', 'gt', 'lt', 'like', 'empty', 'not_empty']);
const conditionKeys: ReadonlySet<string> = new Set(['field', 'op', 'value']);

/**
 * Checks a filter tree from a client — `{"and":[{"field":"f_amount","op":"gt","value":100},{"or":[…]}]}`
 * — against the fields the query may name, and reduces it to FilterPredicates. Every fault is
 * reported with its JSON pointer inside the filter; unknown fields, operators, keys and operands
 * of the wrong type are refused, never ignored.
 *
 * Operators: `eq ne in nin range gt lt like empty not_empty`. On list fields (checkbox, members…)
 * `eq`/`in` mean "holds any of"; on time fields a plain date means that whole local day
 * (`range: ["2025-01-01", "2025-01-31"]` takes all of January 31st).
 *
 * @example
 * parseRecordFilter({ field: 'f_amount', op: 'gt', value: 100 }, fields, zone)
 * // { ok: true, predicate: { kind: 'compare', field: …f_amount, comparison: '>', value: 100 } }
 */
export function parseRecordFilter(input: unknown, fields: ReadonlyMap<string, QueryField>, zone: TimeZone): FilterParseResult {
  const issues: ValidationIssue[] = [];
  let nodes = 0;

  const visit = (node: unknown, pointer: string, depth: number): FilterPredicate | undefined => {
    if (++nodes > filterLimits.maxNodes) {
      if (nodes === filterLimits.maxNodes + 1) issue(pointer, 'too_many', { 'zh-CN': `筛选条件不能超过 ${filterLimits.maxNodes} 个`, en: `a filter may hold at most ${filterLimits.maxNodes} conditions` });
      return undefined;
    }
    if (typeof node !== 'object' || node === null || Array.isArray(node)) {
      issue(pointer, 'type.object', { 'zh-CN': '必须是条件对象', en: 'must be a condition object' });
      return undefined;
    }
    const record = node as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length === 1 && (keys[0] === 'and' || keys[0] === 'or')) {
      const group = keys[0];
      const items = record[group];
      const groupPointer = `${pointer}/${group}`;
      if (!Array.isArray(items) || items.length === 0) {
        issue(groupPointer, 'type.array', { 'zh-CN': '必须是非空的条件数组', en: 'must be a non-empty array of conditions' });
        return undefined;
      }
      if (depth >= filterLimits.maxDepth) {
        issue(groupPointer, 'too_deep', { 'zh-CN': `条件嵌套不能超过 ${filterLimits.maxDepth} 层`, en: `conditions may be nested at most ${filterLimits.maxDepth} deep` });
        return undefined;
      }
      const children = items.map((item: unknown, index) => visit(item, `${groupPointer}/${index}`, depth + 1));
      if (children.some((child) => child === undefined)) return undefined;
      return { kind: group, items: children as FilterPredicate[] };
    }
    return condition(record, keys, pointer);
  };

  const condition = (record: Record<string, unknown>, keys: readonly string[], pointer: string): FilterPredicate | undefined => {
    let ok = true;
    for (const key of keys) {
      if (!conditionKeys.has(key)) {
        issue(`${pointer}/${escapePointerToken(key)}`, 'unknownProperty', { 'zh-CN': '未知的属性（条件只有 field、op、value，或 and / or）', en: 'is not a known property (a condition has field, op and value, or and / or)' });
        ok = false;
      }
    }
    const fieldName = record['field'];
    // A Map, not an object: `__proto__` or `constructor` can never resolve to something.
    const field = typeof fieldName === 'string' ? fields.get(fieldName) : undefined;
    if (!field) {
      const shown = typeof fieldName === 'string' ? fieldName.slice(0, 64) : String(fieldName);
      issue(`${pointer}/field`, 'unknown_field', { 'zh-CN': `没有字段 "${shown}"`, en: `there is no field "${shown}"` });
      ok = false;
    }
    const op = record['op'];
    if (typeof op !== 'string' || !operators.has(op)) {
      issue(`${pointer}/op`, 'enum', { 'zh-CN': `运算符必须是以下之一：${[...operators].join(', ')}`, en: `op must be one of: ${[...operators].join(', ')}` });
      ok = false;
    }
    if (!ok || !field) return undefined;
    return operation(field, op as FilterOperator, record['value'], Object.hasOwn(record, 'value'), `${pointer}/value`);
  };

  const operation = (field: QueryField, op: FilterOperator, raw: unknown, hasValue: boolean, pointer: string): FilterPredicate | undefined => {
    if (op === 'empty' || op === 'not_empty') {
      if (hasValue && raw !== null) issue(pointer, 'unexpected', { 'zh-CN': '此运算符不需要 value', en: 'this operator takes no value' });
      const empty: FilterPredicate = { kind: 'empty', field };
      return op === 'empty' ? empty : { kind: 'not', item: empty };
    }
    if (field.kind === 'count') {
      issue(pointer, 'operator', { 'zh-CN': '此字段只能判断是否为空', en: 'this field can only be tested with empty or not_empty' });
      return undefined;
    }
    switch (op) {
      case 'eq':
      case 'ne': {
        const operand = readOperand(field, raw, pointer);
        if (!operand) return undefined;
        const equal = equals(field, operand);
        return op === 'eq' ? equal : { kind: 'not', item: equal };
      }
      case 'in':
      case 'nin': {
        const operands = readList(field, raw, pointer);
        if (!operands) return undefined;
        const any = anyOf(field, operands);
        return op === 'in' ? any : { kind: 'not', item: any };
      }
      case 'gt':
      case 'lt': {
        if (!orderable(field, pointer)) return undefined;
        const operand = readOperand(field, raw, pointer);
        if (!operand) return undefined;
        if (operand.kind === 'day') return compare(field, op === 'gt' ? '>=' : '<', op === 'gt' ? operand.end : operand.start);
        return compare(field, op === 'gt' ? '>' : '<', operand.value);
      }
      case 'range':
        return range(field, raw, pointer);
      case 'like': {
        if (field.kind === 'number' || field.kind === 'timestamp') {
          issue(pointer, 'operator', { 'zh-CN': 'like 只能用于文本', en: 'like applies to text only' });
          return undefined;
        }
        if (typeof raw !== 'string' || raw.length === 0 || raw.length > 200) {
          issue(pointer, 'type.string', { 'zh-CN': '必须是 1 到 200 个字符的文本', en: 'must be text of 1 to 200 characters' });
          return undefined;
        }
        const unsafe = unsafeFilterText(raw);
        if (unsafe !== undefined) {
          issue(pointer, 'character', unsafe);
          return undefined;
        }
        return { kind: 'like', field, text: raw };
      }
      default:
        return undefined;
    }
  };

  const readOperand = (field: QueryField, raw: unknown, pointer: string): FilterOperand | undefined => {
    const read = parseFilterOperand(field, raw, zone);
    if (read.ok) return read.operand;
    issue(pointer, 'operand', read.message);
    return undefined;
  };

  const readList = (field: QueryField, raw: unknown, pointer: string): FilterOperand[] | undefined => {
    if (!Array.isArray(raw) || raw.length === 0 || raw.length > filterLimits.maxListItems) {
      issue(pointer, 'type.array', { 'zh-CN': `必须是 1 到 ${filterLimits.maxListItems} 项的数组`, en: `must be an array of 1 to ${filterLimits.maxListItems} items` });
      return undefined;
    }
    const operands = raw.map((item: unknown, index) => readOperand(field, item, `${pointer}/${index}`));
    return operands.every((operand) => operand !== undefined) ? (operands as FilterOperand[]) : undefined;
  };

  const range = (field: QueryField, raw: unknown, pointer: string): FilterPredicate | undefined => {
    if (!orderable(field, pointer)) return undefined;
    if (!Array.isArray(raw) || raw.length !== 2 || (raw[0] === null && raw[1] === null)) {
      issue(pointer, 'type.array', { 'zh-CN': '必须是 [起, 止]，可有一端为 null', en: 'must be [from, to]; one end may be null' });
      return undefined;
    }
    const bounds: FilterPredicate[] = [];
    const [from, to] = raw as unknown[];
    if (from !== null) {
      const operand = readOperand(field, from, `${pointer}/0`);
      if (!operand) return undefined;
      bounds.push(compare(field, '>=', operand.kind === 'day' ? operand.start : operand.value));
    }
    if (to !== null) {
      const operand = readOperand(field, to, `${pointer}/1`);
      if (!operand) return undefined;
      bounds.push(operand.kind === 'day' ? compare(field, '<', operand.end) : compare(field, '<=', operand.value));
    }
    return bounds.length === 1 ? bounds[0] : { kind: 'and', items: bounds };
  };

  const orderable = (field: QueryField, pointer: string): boolean => {
    if (field.kind !== 'list') return true;
    issue(pointer, 'operator', { 'zh-CN': '多选字段只能用 eq、ne、in、nin、like、empty、not_empty', en: 'list fields take eq, ne, in, nin, like, empty and not_empty only' });
    return false;
  };

  const issue = (pointer: string, code: string, message: LocalizedText): void => {
    issues.push({ pointer, code, message });
  };

  const predicate = visit(input, '', 0);
  return predicate && issues.length === 0 ? { ok: true, predicate } : { ok: false, issues };
}

function compare(field: QueryField, comparison: Comparison, value: BoundValue): FilterPredicate {
  return { kind: 'compare', field, comparison, value };
}

function equals(field: QueryField, operand: FilterOperand): FilterPredicate {
  if (operand.kind === 'day') return { kind: 'and', items: [compare(field, '>=', operand.start), compare(field, '<', operand.end)] };
  return field.kind === 'list' ? { kind: 'contains', field, values: [operand.value] } : compare(field, '=', operand.value);
}

function anyOf(field: QueryField, operands: readonly FilterOperand[]): FilterPredicate {
  if (operands.some((operand) => operand.kind === 'day')) return { kind: 'or', items: operands.map((operand) => equals(field, operand)) };
  const values = operands.map((operand) => (operand as { value: BoundValue }).value);
  return field.kind === 'list' ? { kind: 'contains', field, values } : { kind: 'in', field, values };
}
