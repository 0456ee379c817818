import type { FieldDefinition } from '@formwork/runtime';
import type { QueryValueKind } from './QueryField.js';

/**
 * How a form field's values behave in queries (see QueryValueKind).
 *
 * @example
 * queryValueKindOf({ id: 'f_amount', type: 'money', label: 'Amount' }) // 'number'
 */
export function queryValueKindOf(field: FieldDefinition): QueryValueKind {
  switch (field.type) {
    case 'number':
    case 'money':
    case 'rating':
      return 'number';
    case 'date':
      return 'date';
    case 'datetime':
      return 'datetime';
    case 'checkbox':
    case 'multiselect':
    case 'members':
    case 'departments':
      return 'list';
    case 'image':
    case 'attachment':
    case 'signature':
    case 'subform':
      return 'count';
    case 'formula':
      if (field.resultType === 'number' || field.resultType === 'boolean') return 'number';
      if (field.resultType === 'date') return 'date';
      return field.resultType === 'text' ? 'text' : 'any';
    case 'lookup':
      return 'any';
    default:
      return 'text';
  }
}
