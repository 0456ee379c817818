import type { LocalizedText, RuleLogic } from '@formwork/runtime';
import { fillText } from '../../i18n/fillText.js';
import { formulaMessages } from './formulaMessages.js';
import type { FormulaNames } from './FormulaNames.js';
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
 * when labels repeat); `name(…)` calls a JSON Logic operator. Never evaluates anything.
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
    const byLabel = names.fields.filter((f) => f.label === token.value);
    if (byLabel.length === 1) return { var: byLabel[0]!.path };
    const byPath = names.fields.find((f) => f.path === token.value || f.path === `$row.${token.value}`);
    if (byPath) return { var: byPath.path };
    if (byLabel.length > 1) throw new FormulaError(fillText(formulaMessages.ambiguousField, { name: token.value, id: byLabel[0]!.path }));
    throw new FormulaError(fillText(formulaMessages.unknownField, { name: token.value }));
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
