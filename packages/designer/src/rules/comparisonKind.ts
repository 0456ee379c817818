import type { FieldDefinition, FieldType } from '@formwork/runtime';

/** What a field's value is when compared: two fields compare sensibly only when these agree. */
export type ComparisonKind = 'number' | 'date' | 'datetime' | 'text' | 'choice' | 'member' | 'department' | 'link';

// null: the value is a list, a file, a place or a row set, which `==` or `>` does not compare.
const KIND_OF_TYPE = {
  text: 'text',
  textarea: 'text',
  number: 'number',
  money: 'number',
  date: 'date',
  datetime: 'datetime',
  radio: 'choice',
  checkbox: null,
  select: 'choice',
  multiselect: null,
  rating: 'number',
  phone: 'text',
  email: 'text',
  url: 'text',
  address: null,
  location: null,
  image: null,
  attachment: null,
  signature: null,
  richtext: null,
  subform: null,
  link: 'link',
  lookup: 'text',
  serial: 'text',
  formula: 'number',
  member: 'member',
  members: null,
  department: 'department',
  departments: null,
  section: null,
  description: null,
} as const satisfies Record<FieldType, ComparisonKind | null>;

/**
 * How a field compares in a condition, or `undefined` when it does not. A calculated field
 * compares as its result type.
 *
 * @example
 * comparisonKind({ id: 'f_1', type: 'money', label: 'Amount' }) // 'number'
 */
export function comparisonKind(field: FieldDefinition): ComparisonKind | undefined {
  if (field.type === 'formula') {
    const result = field.resultType ?? 'number';
    return result === 'boolean' ? undefined : result;
  }
  return KIND_OF_TYPE[field.type] ?? undefined;
}
