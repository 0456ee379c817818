import type { RuleLogic } from '@formwork/runtime';
import { fieldNamed } from './fieldNamed.js';
import type { FormulaNames, FormulaSubform } from './FormulaNames.js';
import { rowScopeNames } from './readSubformReference.js';

const PRECEDENCE: Readonly<Record<string, number>> = {
  or: 1,
  and: 2,
  '==': 3,
  '!=': 3,
  '>': 3,
  '>=': 3,
  '<': 3,
  '<=': 3,
  '+': 4,
  '-': 4,
  '*': 5,
  '/': 5,
  '%': 5,
};
const SYMBOL: Readonly<Record<string, string>> = { or: '||', and: '&&' };
const NAME = /^[A-Za-z_$][A-Za-z0-9_.$]*$/;

/**
 * Writes JSON Logic as formula text (the inverse of `parseFormula`): fields by label in braces,
 * arithmetic and comparisons infix, other operators as calls. `undefined` when the rule has a
 * shape formula text cannot express (it is then edited as JSON).
 *
 * @example
 * printFormula({ '*': [{ var: 'f_1' }, 2] }, { fields: [{ path: 'f_1', label: 'Qty' }], functions: new Set() }) // '{Qty} * 2'
 */
export function printFormula(rule: RuleLogic, names: FormulaNames): string | undefined {
  try {
    return rule === null ? '' : print(rule, names);
  } catch {
    return undefined;
  }
}

function print(rule: RuleLogic, names: FormulaNames): string {
  if (rule === null || typeof rule === 'boolean' || typeof rule === 'number') return String(rule);
  if (typeof rule === 'string') return `"${rule.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  if (Array.isArray(rule)) return `[${rule.map((item) => print(item, names)).join(', ')}]`;
  const keys = Object.keys(rule);
  const op = keys[0];
  if (keys.length !== 1 || op === undefined || !NAME.test(op) && PRECEDENCE[op] === undefined && op !== '!') throw new Error('not printable');
  const raw = (rule as Readonly<Record<string, RuleLogic>>)[op] ?? null;
  if (op === 'var' && typeof raw === 'string') return fieldRef(raw, names);
  const args: readonly RuleLogic[] = Array.isArray(raw) ? raw : [raw];
  if (names.aggregates?.has(op)) {
    const aggregate = printAggregate(op, args, names);
    if (aggregate !== undefined) return aggregate;
  }
  const precedence = PRECEDENCE[op];
  if (precedence !== undefined && args.length >= 2 && !(precedence === 3 && args.length !== 2)) {
    return args
      .map((arg, index) => {
        const inner = infixPrecedence(arg);
        const wrap = inner !== undefined && (index === 0 ? inner < precedence || (precedence === 3 && inner === 3) : inner <= precedence);
        const text = print(arg, names);
        return wrap ? `(${text})` : text;
      })
      .join(` ${SYMBOL[op] ?? op} `);
  }
  if ((op === '!' || op === '-') && args.length === 1) {
    const operand = args[0] ?? null;
    const text = print(operand, names);
    return infixPrecedence(operand) !== undefined || (op === '-' && typeof operand === 'number') ? `${op}(${text})` : `${op}${text}`;
  }
  if (!NAME.test(op)) throw new Error('not printable');
  return `${op}(${args.map((arg) => print(arg, names)).join(', ')})`;
}

/** `sum_of({Items}, {Amount}, {Qty} > 0)`: the column by label, the filter reading the row's columns. */
function printAggregate(op: string, args: readonly RuleLogic[], names: FormulaNames): string | undefined {
  const [rows, columnId, ...rest] = args;
  const path = varOf(rows ?? null);
  const subform = path === undefined ? undefined : names.subforms?.find((candidate) => candidate.path === path);
  if (!subform || path === undefined) return undefined;
  const column = columnId === null ? 'null' : typeof columnId === 'string' ? columnRef(subform, columnId) : undefined;
  if (column === undefined) return undefined;
  const rowNames = rowScopeNames(names, subform);
  return `${op}(${[fieldRef(path, names), column, ...rest.map((arg) => print(arg, rowNames))].join(', ')})`;
}

function columnRef(subform: FormulaSubform, id: string): string | undefined {
  const column = subform.columns.find((candidate) => candidate.id === id);
  if (!column) return undefined;
  const unique = subform.columns.filter((candidate) => candidate.label === column.label).length === 1;
  return unique && printableLabel(column.label) ? `{${column.label}}` : `{${id}}`;
}

function varOf(rule: RuleLogic): string | undefined {
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) return undefined;
  const path = (rule as Readonly<Record<string, RuleLogic>>)['var'];
  return Object.keys(rule).length === 1 && typeof path === 'string' ? path : undefined;
}

function printableLabel(label: string): boolean {
  return !/[{}]/.test(label) && label.trim() === label && label !== '';
}

function fieldRef(path: string, names: FormulaNames): string {
  const field = names.fields.find((f) => f.path === path);
  if (!field) return `var("${path.replace(/[\\"]/g, (c) => `\\${c}`)}")`;
  const unique = fieldNamed(names.fields, field.label) === field;
  return unique && printableLabel(field.label) ? `{${field.label}}` : `{${path}}`;
}

function infixPrecedence(rule: RuleLogic): number | undefined {
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) return undefined;
  const keys = Object.keys(rule);
  if (keys.length !== 1) return undefined;
  const args = (rule as Readonly<Record<string, RuleLogic>>)[keys[0]!];
  const precedence = PRECEDENCE[keys[0]!];
  return precedence !== undefined && Array.isArray(args) && args.length >= 2 ? precedence : undefined;
}
