import type { RuleLogic } from '../rules/RuleLogic.js';

type Operation = { readonly [operator: string]: RuleLogic };

/** Operators whose later arguments are evaluated per list element: `var` there reads the element, not the record. */
const PER_ELEMENT = new Set(['map', 'filter', 'all', 'none', 'some', 'reduce']);
/**
 * Operators that compute with numbers: an empty number read directly by one of them counts as 0.
 * Elsewhere (text joined by `cat`, comparisons, `if` conditions, `coalesce`) an empty field stays
 * empty, so `cat({Name}, {Qty})` never shows a 0 nobody typed.
 */
const ARITHMETIC = new Set(['+', '-', '*', '/', '%', 'min', 'max', 'round', 'ceil', 'floor', 'abs', 'pow']);
/** Aggregates over subform rows: their third argument is a row filter, where `$row.` is the aggregated row. */
const AGGREGATES = new Set(['sum_of', 'avg_of', 'min_of', 'max_of', 'count_of']);

function isOperation(rule: RuleLogic): rule is Operation {
  return typeof rule === 'object' && rule !== null && !Array.isArray(rule) && Object.keys(rule).length === 1;
}

/** The path of a `var` with a literal path and no default of its own (`{var: 'x'}`, `{var: ['x']}`), else undefined. */
function plainVarPath(argument: RuleLogic): string | undefined {
  const path = Array.isArray(argument) ? (argument.length === 1 ? argument[0] : undefined) : argument;
  return typeof path === 'string' && path !== '' ? path : undefined;
}

/** Whether argument `position` of `operator` is read in the record's own scope (and may be rewritten). */
function readsRecordScope(operator: string, position: number): boolean {
  if (operator === 'reduce') return position !== 1;
  if (PER_ELEMENT.has(operator)) return position === 0;
  if (AGGREGATES.has(operator)) return position !== 2;
  return true;
}

/**
 * Rewrites a calculated field's expression so that a number field it computes with counts as 0
 * while it is empty — `{var: 'f_qty'}` becomes `{coalesce: [{var: 'f_qty'}, 0]}` as an argument
 * of `+`, `*`, `round`… (see ARITHMETIC) — as Jiandaoyun does: a sum over twelve fields shows the
 * sum of those filled so far instead of staying blank until all twelve are filled.
 * `isNumber(path)` says which paths (`f_qty`, `$row.c_qty`) are numbers. Reads inside
 * per-element logic (`map`, `filter`…) and aggregate row filters are left as they are; so is a
 * `var` with a default of its own, which already says what "empty" means. Returns the expression
 * itself when nothing is rewritten. That the result stays blank while *every* input is empty is
 * the evaluator's decision (see computeFormulaValue).
 *
 * @example
 * readEmptyNumbersAsZero({ '+': [{ var: 'f_a' }, { var: 'f_b' }] }, () => true)
 * // { '+': [{ coalesce: [{ var: 'f_a' }, 0] }, { coalesce: [{ var: 'f_b' }, 0] }] }
 */
export function readEmptyNumbersAsZero(expression: RuleLogic, isNumber: (path: string) => boolean): RuleLogic {
  /** `arithmetic`: whether `rule` is an argument of an arithmetic operator, where an empty number counts as 0. */
  const rewrite = (rule: RuleLogic, arithmetic: boolean): RuleLogic => {
    if (Array.isArray(rule)) return rewriteAll(rule as readonly RuleLogic[], () => true);
    if (!isOperation(rule)) return rule;
    const [operator = ''] = Object.keys(rule);
    const argument = rule[operator] as RuleLogic;
    if (operator === 'var') {
      const path = plainVarPath(argument);
      return arithmetic && path !== undefined && isNumber(path) ? { coalesce: [rule, 0] } : rule;
    }
    const args: readonly RuleLogic[] = Array.isArray(argument) ? (argument as readonly RuleLogic[]) : [argument];
    const rewritten = rewriteAll(args, (position) => readsRecordScope(operator, position), ARITHMETIC.has(operator));
    if (rewritten === args) return rule;
    return { [operator]: Array.isArray(argument) ? rewritten : (rewritten[0] as RuleLogic) };
  };
  /** Rewrites the items `rewritable` lets through; the same array when none changed. */
  const rewriteAll = (items: readonly RuleLogic[], rewritable: (position: number) => boolean, arithmetic = false): readonly RuleLogic[] => {
    const rewritten = items.map((item, position) => (rewritable(position) ? rewrite(item, arithmetic) : item));
    return rewritten.some((item, position) => item !== items[position]) ? rewritten : items;
  };
  return rewrite(expression, false);
}
