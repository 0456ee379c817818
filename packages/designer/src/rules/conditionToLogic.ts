import type { RuleLogic } from '@formwork/runtime';
import { COMPARISON_OPERATORS, VALUELESS_OPERATORS, type Condition, type ConditionGroup, type ConditionOperand } from './ConditionTree.js';

const COMPARISONS = { eq: '==', ne: '!=', gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

/**
 * The JSON Logic a condition tree means, or `null` when it has no complete condition. A group of
 * one item is that item itself, so simple rules stay simple to read in the JSON view.
 *
 * @example
 * conditionToLogic({ kind: 'group', combinator: 'and', items: [{ kind: 'condition', field: 'f_stage', operator: 'eq', value: 'lost' }] })
 * // { '==': [{ var: 'f_stage' }, 'lost'] }
 */
export function conditionToLogic(node: Condition | ConditionGroup): RuleLogic {
  if (node.kind === 'group') {
    const items = node.items.map(conditionToLogic).filter((item) => item !== null);
    if (items.length === 0) return null;
    if (items.length === 1) return items[0] ?? null;
    return { [node.combinator]: items };
  }
  if (node.field === '') return null;
  const field = { var: node.field };
  if (VALUELESS_OPERATORS.has(node.operator)) return node.operator === 'empty' ? { '!': field } : { '!!': field };
  if (node.against && COMPARISON_OPERATORS.has(node.operator)) {
    const operand = operandLogic(node.against);
    return operand === null ? null : { [COMPARISONS[node.operator as keyof typeof COMPARISONS]]: [field, operand] };
  }
  const value = (node.value ?? '') as RuleLogic;
  switch (node.operator) {
    case 'contains':
      return { in: [value, field] };
    case 'notContains':
      return { '!': { in: [value, field] } };
    case 'anyOf':
      return { in: [field, Array.isArray(value) ? value : [value]] };
    default:
      return { [COMPARISONS[node.operator as keyof typeof COMPARISONS]]: [field, value] };
  }
}

/** Another field's value, or today ± days (`null` while no field is picked). */
function operandLogic(operand: ConditionOperand): RuleLogic {
  if (operand.kind === 'field') return operand.path === '' ? null : { var: operand.path };
  return operand.days === 0 ? { today: [] } : { date_add: [{ today: [] }, operand.days, 'day'] };
}
