import type { FieldDefinition, FormSchema } from '../../engine/index.js';

/** Field types a list shows as a column (subforms, rich text and files are for the detail page). */
const listable = new Set<FieldDefinition['type']>([
  'text', 'textarea', 'number', 'money', 'date', 'datetime', 'radio', 'checkbox', 'select', 'multiselect',
  'member', 'members', 'department', 'departments', 'phone', 'email', 'url', 'address', 'link', 'lookup',
  'serial', 'formula', 'rating', 'location',
]);

/** Top-level value fields in form order, sections opened up: the columns of a data list. */
export function listColumns(schema: FormSchema): FieldDefinition[] {
  const out: FieldDefinition[] = [];
  const walk = (fields: readonly FieldDefinition[]): void => {
    for (const field of fields) {
      if (field.type === 'section') walk(field.fields);
      else if (listable.has(field.type)) out.push(field);
    }
  };
  walk(schema.fields);
  return out;
}

/** Whether a column holds numbers (right-aligned, summed in the totals row). */
export function isNumeric(field: FieldDefinition): boolean {
  return field.type === 'number' || field.type === 'money' || (field.type === 'formula' && (field.resultType ?? 'number') === 'number');
}

/** Whether a column is searched by the search box. */
export function isSearchable(field: FieldDefinition): boolean {
  return field.type === 'text' || field.type === 'textarea' || field.type === 'phone' || field.type === 'email' || field.type === 'serial';
}
