import type { RuleLogic } from '../rules/RuleLogic.js';

/** Which columns of a subform a rule reads: a set of column ids, or `'all'` (the whole rows). */
export type SubformRead = ReadonlySet<string> | 'all';

const AGGREGATES = new Set(['sum_of', 'avg_of', 'min_of', 'max_of', 'count_of']);

function isOperation(rule: RuleLogic): rule is { readonly [operator: string]: RuleLogic } {
  return typeof rule === 'object' && rule !== null && !Array.isArray(rule) && Object.keys(rule).length === 1;
}

/** The literal path of a `var` operation (`{var: 'x'}`, `{var: ['x', default]}`), else undefined. */
function varPath(rule: RuleLogic): string | undefined {
  if (!isOperation(rule) || !Object.hasOwn(rule, 'var')) return undefined;
  const argument = rule.var;
  const path = Array.isArray(argument) ? argument[0] : argument;
  return typeof path === 'string' ? path : typeof path === 'number' ? String(path) : undefined;
}

function argumentsOf(operation: { readonly [operator: string]: RuleLogic }, operator: string): readonly RuleLogic[] {
  const value = operation[operator];
  return Array.isArray(value) ? (value as readonly RuleLogic[]) : value === undefined ? [] : [value as RuleLogic];
}

/** Columns read by `$row.` paths in an aggregate's row filter, or 'all' when the whole row (or a computed path) is read. */
function rowColumns(rule: RuleLogic, into: Set<string>): boolean {
  if (Array.isArray(rule)) return (rule as readonly RuleLogic[]).every((item) => rowColumns(item, into));
  if (!isOperation(rule)) return true;
  const [operator = ''] = Object.keys(rule);
  if (operator === 'var') {
    const argument = rule.var;
    const path = varPath(rule);
    if (path === undefined) return !(Array.isArray(argument) ? isDynamic(argument[0] as RuleLogic) : isDynamic(argument as RuleLogic));
    if (path === '$row') return false;
    if (path.startsWith('$row.')) into.add(path.slice(5).split('.')[0] ?? '');
    return true;
  }
  return argumentsOf(rule, operator).every((item) => rowColumns(item, into));
}

function isDynamic(path: RuleLogic): boolean {
  return typeof path === 'object' && path !== null;
}

/**
 * Narrows what a rule reads of each subform: an aggregate such as
 * `{"sum_of": [{"var": "f_items"}, "c_total", filter]}` reads only the column `c_total` (and the
 * columns its filter reads through `$row.`), so a per-row formula may use the total of another
 * column without forming a cycle. Any other read of a subform reads all of it.
 *
 * @example
 * subformReadsOf({ sum_of: [{ var: 'f_items' }, 'c_total'] }, new Set(['f_items'])) // Map { 'f_items' => Set { 'c_total' } }
 */
export function subformReadsOf(rule: RuleLogic, subformIds: ReadonlySet<string>): Map<string, SubformRead> {
  const reads = new Map<string, SubformRead>();
  const readAll = (subformId: string): void => {
    reads.set(subformId, 'all');
  };
  const readColumns = (subformId: string, columns: Iterable<string>): void => {
    const current = reads.get(subformId);
    if (current === 'all') return;
    const merged = new Set(current ?? []);
    for (const column of columns) merged.add(column);
    reads.set(subformId, merged);
  };
  const walk = (node: RuleLogic): void => {
    if (Array.isArray(node)) {
      for (const item of node as readonly RuleLogic[]) walk(item);
      return;
    }
    if (!isOperation(node)) return;
    const [operator = ''] = Object.keys(node);
    const args = argumentsOf(node, operator);
    if (operator === 'var') {
      const path = varPath(node);
      const root = path?.split('.')[0];
      if (root !== undefined && subformIds.has(root)) readAll(root);
      for (const item of args) walk(item);
      return;
    }
    const [rows, column, filter] = args;
    const subformId = rows === undefined ? undefined : varPath(rows);
    if (AGGREGATES.has(operator) && subformId !== undefined && subformIds.has(subformId)) {
      const columns = new Set<string>();
      if (typeof column === 'string' && column !== '') columns.add(column);
      if (filter !== undefined && filter !== null && !rowColumns(filter, columns)) readAll(subformId);
      else readColumns(subformId, columns);
      for (const item of args.slice(1)) walk(item);
      return;
    }
    for (const item of args) walk(item);
  };
  walk(rule);
  return reads;
}
