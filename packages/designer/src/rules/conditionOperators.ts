import type { FieldType } from '@formwork/runtime';
import type { ConditionOperator } from './ConditionTree.js';

const NUMERIC: readonly ConditionOperator[] = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'empty', 'notEmpty'];
const TEXT: readonly ConditionOperator[] = ['eq', 'ne', 'contains', 'notContains', 'empty', 'notEmpty'];
const SINGLE_CHOICE: readonly ConditionOperator[] = ['eq', 'ne', 'anyOf', 'empty', 'notEmpty'];
const MULTI: readonly ConditionOperator[] = ['contains', 'notContains', 'empty', 'notEmpty'];
const PRESENCE: readonly ConditionOperator[] = ['empty', 'notEmpty'];

/** The operators that make sense for a field of `type`, most useful first. */
export function conditionOperators(type: FieldType): readonly ConditionOperator[] {
  switch (type) {
    case 'number':
    case 'money':
    case 'rating':
    case 'formula':
    case 'date':
    case 'datetime':
      return NUMERIC;
    case 'text':
    case 'textarea':
    case 'phone':
    case 'email':
    case 'url':
    case 'serial':
    case 'lookup':
      return TEXT;
    case 'radio':
    case 'select':
    case 'member':
    case 'department':
    case 'link':
      return SINGLE_CHOICE;
    case 'checkbox':
    case 'multiselect':
    case 'members':
    case 'departments':
      return MULTI;
    default:
      return PRESENCE;
  }
}
