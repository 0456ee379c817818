import type { LocalizedText, RuleLogic } from '@formwork/runtime';
import { fillText } from '../../i18n/fillText.js';
import { formulaMessages } from './formulaMessages.js';
import { fieldNamed } from './fieldNamed.js';
import type { FormulaNames } from './FormulaNames.js';
import { findSubformColumn, readSubformReference, rowScopeNames } from './readSubformReference.js';
import { tokenizeFormula, type FormulaToken } from './tokenizeFormula.js';

const INFIX_LEVELS: readonly (readonly string[])[] = [['||'], ['&&'], ['==', '!=', '>', '>=', '<', '<='], ['+', '-'], ['*', '/', '%']];
const OPERATOR_OF: Readonly<Record<string, string>> = { '||': 'or', '&&': 'and' };
const FLATTENED = new Set(['+', '*', 'and', 'or']);

class FormulaError extends Error {
  constructor(readonly text: LocalizedText) {
    super(text.en);
  }
}

/**
 * Reads a formula as an admin writes it — `{Quantity} * {Price}`, `round({Total} * 0.9, 2)`,
 * `if({Stage} == "won", 1, 0)` — into JSON Logic. Fields are named by label in braces (or by id
 * when labels repeat); `name(…)` calls a JSON Logic operator. An aggregate names its subform's
 * column by label too — `sum_of({Items}, {Amount})` or `sum_of({Items.Amount})` — and its filter
 * reads the row's columns by label. Never evaluates anything.
 *
 * @example
 * parseFormula('{Qty} * 2', { fields: [{ path: 'f_1', label: 'Qty' }], functions: new Set() })
 * // { ok: true, logic: { '*': [{ var: 'f_1' }, 2] } }
 */
export function parseFormula(text: string, names: FormulaNames): { ok: true; logic: RuleLogic } | { ok: false; error: LocalizedText } {
  if (text.trim() === '') return { ok: true, logic: null };
  const tokenized = tokenizeFormula(text);
  if (!tokenized.ok) return tokenized;
  const tokens = tokenized.tokens;
  let position = 0;
  // The names field references resolve against: inside an aggregate's filter, that subform's row.
  let scope = names;
  const peek = (): FormulaToken | undefined => tokens[position];
  const fail = (token: FormulaToken | undefined): never => {
    throw new FormulaError(
      token
        ? fillText(formulaMessages.unexpected, { at: token.at + 1, text: String(token.value) })
        : fillText(formulaMessages.unexpectedEnd, { at: text.length + 1 }),
    );
  };
  const expect = (value: string): void => {
    const token = peek();
    if (token?.kind !== 'punct' || token.value !== value) fail(token);
    position++;
  };
  const isPunct = (value: string): boolean => {
    const token = peek();
    return token?.kind === 'punct' && token.value === value;
  };

  const list = (close: string): RuleLogic[] => {
    const items: RuleLogic[] = [];
    if (isPunct(close)) {
      position++;
      return items;
    }
    for (;;) {
      items.push(infix(0));
      if (isPunct(',')) position++;
      else break;
    }
    expect(close);
    return items;
  };

  const field = (token: Extract<FormulaToken, { kind: 'field' }>): RuleLogic => {
    const byLabel = fieldNamed(scope.fields, token.value);
    if (byLabel !== undefined && byLabel !== 'ambiguous') return { var: byLabel.path };
    const byPath = scope.fields.find((f) => f.path === token.value || f.path === `$row.${token.value}`);
    if (byPath) return { var: byPath.path };
    const first = scope.fields.find((f) => f.label === token.value);
    if (first) throw new FormulaError(fillText(formulaMessages.ambiguousField, { name: token.value, id: first.path }));
    const column = readSubformReference(names, token.value);
    if (column?.column) {
      // `{Items.Amount}` in a formula of that subform's own row is the row's cell.
      const sameRow = scope.fields.find((f) => f.path === `$row.${column.column!.id}`);
      if (sameRow) return { var: sameRow.path };
      throw new FormulaError(fillText(formulaMessages.columnOutsideAggregate, { name: token.value, subform: column.subform.label }));
    }
    throw new FormulaError(fillText(formulaMessages.unknownField, { name: token.value }));
  };
  const endsArgument = (token: FormulaToken | undefined): boolean => token?.kind === 'punct' && (token.value === ',' || token.value === ')');

  /** `sum_of({Items}, {Amount}, filter)` or `sum_of({Items.Amount}, filter)`, after its name. */
  const aggregate = (name: string): RuleLogic => {
    position++;
    const first = peek();
    const rows = first?.kind === 'field' && endsArgument(tokens[position + 1]) ? readSubformReference(names, first.value) : undefined;
    if (!rows) return { [name]: list(')') };
    position++;
    const args: RuleLogic[] = [{ var: rows.subform.path }];
    if (rows.column) {
      args.push(rows.column.id);
    } else if (isPunct(',')) {
      position++;
      const token = peek();
      if (token?.kind === 'field' && endsArgument(tokens[position + 1])) {
        position++;
        const qualified = readSubformReference(names, token.value);
        const column = findSubformColumn(rows.subform, token.value) ?? (qualified?.subform === rows.subform ? qualified.column : undefined);
        if (!column) throw new FormulaError(fillText(formulaMessages.unknownColumn, { name: token.value, subform: rows.subform.label }));
        args.push(column.id);
      } else {
        args.push(infix(0));
      }
    }
    while (isPunct(',')) {
      position++;
      const outer = scope;
      scope = rowScopeNames(names, rows.subform);
      try {
        args.push(infix(0));
      } finally {
        scope = outer;
      }
    }
    expect(')');
    return { [name]: args };
  };

  const primary = (): RuleLogic => {
    const token = peek();
    if (!token) return fail(token);
    position++;
    switch (token.kind) {
      case 'number':
      case 'string':
        return token.value;
      case 'field':
        return field(token);
      case 'name': {
        if (!isPunct('(')) {
          if (token.value === 'true') return true;
          if (token.value === 'false') return false;
          if (token.value === 'null') return null;
          return fail(token);
        }
        if (!names.functions.has(token.value)) throw new FormulaError(fillText(formulaMessages.unknownFunction, { name: token.value }));
        if (names.aggregates?.has(token.value)) return aggregate(token.value);
        position++;
        const args = list(')');
        return { [token.value]: args.length === 1 && token.value !== 'var' ? args : args };
      }
      case 'punct':
        if (token.value === '(') {
          const inner = infix(0);
          expect(')');
          return inner;
        }
        if (token.value === '[') return list(']');
        if (token.value === '-') {
          const operand = unary();
          return typeof operand === 'number' ? -operand : { '-': [operand] };
        }
        if (token.value === '!') return { '!': [unary()] };
        return fail(token);
    }
  };
  const unary = (): RuleLogic => primary();

  const infix = (level: number): RuleLogic => {
    const operators = INFIX_LEVELS[level];
    if (!operators) return unary();
    let left = infix(level + 1);
    for (;;) {
      const token = peek();
      if (token?.kind !== 'punct' || !operators.includes(token.value)) return left;
      position++;
      const right = infix(level + 1);
      const op = OPERATOR_OF[token.value] ?? token.value;
      const leftArgs = operation(left, op);
      left = { [op]: leftArgs && FLATTENED.has(op) ? [...leftArgs, right] : [left, right] };
      // Comparisons do not chain: `a < b < c` is refused rather than guessed.
      if (level === 2) return left;
    }
  };

  try {
    const logic = infix(0);
    if (position < tokens.length) fail(peek());
    return { ok: true, logic };
  } catch (error) {
    if (error instanceof FormulaError) return { ok: false, error: error.text };
    throw error;
  }
}

function operation(rule: RuleLogic, op: string): readonly RuleLogic[] | undefined {
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) return undefined;
  const keys = Object.keys(rule);
  if (keys.length !== 1 || keys[0] !== op) return undefined;
  const args = (rule as Readonly<Record<string, RuleLogic>>)[op];
  return Array.isArray(args) ? args : undefined;
}
