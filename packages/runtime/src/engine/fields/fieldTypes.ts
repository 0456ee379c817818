import type { FieldType } from '../documents/form/FormSchema.js';

/** Every field type, in the order the designer's palette lists them. */
export const fieldTypes = [
  'text',
  'textarea',
  'number',
  'money',
  'date',
  'datetime',
  'radio',
  'checkbox',
  'select',
  'multiselect',
  'rating',
  'phone',
  'email',
  'url',
  'address',
  'location',
  'image',
  'attachment',
  'signature',
  'richtext',
  'subform',
  'link',
  'lookup',
  'serial',
  'formula',
  'member',
  'members',
  'department',
  'departments',
  'section',
  'description',
] as const satisfies readonly FieldType[];

// Fails to compile when a FieldType is added to FormSchema.ts but not listed above.
const everyTypeListed: Exclude<FieldType, (typeof fieldTypes)[number]> extends never ? true : false = true;
void everyTypeListed;

/** True when `value` names a field type. */
export function isFieldType(value: unknown): value is FieldType {
  return typeof value === 'string' && (fieldTypes as readonly string[]).includes(value);
}
