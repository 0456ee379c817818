import type { RuleLogic } from '@formwork/runtime';
import type { Condition, ConditionGroup, ConditionOperand, ConditionOperator } from './ConditionTree.js';

const COMPARISONS: Readonly<Record<string, ConditionOperator>> = { '==': 'eq', '!=': 'ne', '>': 'gt', '>=': 'gte', '<': 'lt', '<=': 'lte' };

/**
 * Reads JSON Logic back into a condition tree, so the builder can re-open the rules it emitted.
 * `undefined` when the rule has a shape the builder does not make (it is then edited as JSON).
 * A rule that is not an `and`/`or` becomes a group of one; no rule, or `true` (always holds), an
 * empty group.
 */
export function logicToCondition(rule: RuleLogic | undefined): ConditionGroup | undefined {
  if (rule === undefined || rule === null || rule === true) return { kind: 'group', combinator: 'and', items: [] };
  const node = readNode(rule);
  if (!node) return undefined;
  return node.kind === 'group' ? node : { kind: 'group', combinator: 'and', items: [node] };
}

function readNode(rule: RuleLogic): Condition | ConditionGroup | undefined {
  const op = operation(rule);
  if (!op) return undefined;
  const [name, args] = op;
  if (name === 'and' || name === 'or') {
    if (!Array.isArray(args)) return undefined;
    const items: (Condition | ConditionGroup)[] = [];
    for (const arg of args as readonly RuleLogic[]) {
      const item = readNode(arg);
      if (!item) return undefined;
      items.push(item);
    }
    return { kind: 'group', combinator: name, items };
  }
  if (name === '!' || name === '!!') {
    const inner = Array.isArray(args) && args.length === 1 ? (args[0] as RuleLogic) : args;
    const field = varPath(inner);
    if (field !== undefined) return { kind: 'condition', field, operator: name === '!' ? 'empty' : 'notEmpty' };
    if (name === '!') {
      const contains = readNode(inner);
      if (contains?.kind === 'condition' && contains.operator === 'contains') return { ...contains, operator: 'notContains' };
    }
    return undefined;
  }
  if (!Array.isArray(args) || args.length !== 2) return undefined;
  const [left, right] = args as unknown as readonly [RuleLogic, RuleLogic];
  const comparison = COMPARISONS[name];
  if (comparison) {
    const field = varPath(left);
    if (field === undefined) return undefined;
    if (isScalar(right)) return { kind: 'condition', field, operator: comparison, value: right };
    const against = readOperand(right);
    return against ? { kind: 'condition', field, operator: comparison, against } : undefined;
  }
  if (name === 'in') {
    const leftField = varPath(left);
    if (leftField !== undefined && Array.isArray(right) && right.every((item) => typeof item === 'string' || typeof item === 'number')) {
      return { kind: 'condition', field: leftField, operator: 'anyOf', value: right as readonly (string | number)[] };
    }
    const rightField = varPath(right);
    if (rightField !== undefined && (typeof left === 'string' || typeof left === 'number')) {
      return { kind: 'condition', field: rightField, operator: 'contains', value: left };
    }
  }
  return undefined;
}

function operation(rule: RuleLogic): [string, RuleLogic] | undefined {
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) return undefined;
  const keys = Object.keys(rule);
  if (keys.length !== 1) return undefined;
  const name = keys[0] as string;
  return [name, (rule as Readonly<Record<string, RuleLogic>>)[name] ?? null];
}

function varPath(rule: RuleLogic): string | undefined {
  const op = operation(rule);
  if (!op || op[0] !== 'var') return undefined;
  return typeof op[1] === 'string' && op[1] !== '' ? op[1] : undefined;
}

function isScalar(value: RuleLogic): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** `{ var: … }` as another field; `{ today: [] }` or `{ date_add: [{ today: [] }, n, 'day'] }` as today ± n days. */
function readOperand(rule: RuleLogic): ConditionOperand | undefined {
  const path = varPath(rule);
  if (path !== undefined) return { kind: 'field', path };
  if (isToday(rule)) return { kind: 'today', days: 0 };
  const op = operation(rule);
  if (!op || op[0] !== 'date_add' || !Array.isArray(op[1]) || op[1].length !== 3) return undefined;
  const [date, days, unit] = op[1] as readonly RuleLogic[];
  return isToday(date ?? null) && typeof days === 'number' && Number.isInteger(days) && unit === 'day' ? { kind: 'today', days } : undefined;
}

function isToday(rule: RuleLogic): boolean {
  const op = operation(rule);
  return op !== undefined && op[0] === 'today' && (op[1] === null || (Array.isArray(op[1]) && op[1].length === 0));
}
