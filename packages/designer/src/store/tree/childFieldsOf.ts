import type { FieldDefinition } from '@formwork/runtime';

/** The fields a section or subform holds; `undefined` for fields that hold none. */
export function childFieldsOf(field: FieldDefinition): readonly FieldDefinition[] | undefined {
  return field.type === 'section' || field.type === 'subform' ? field.fields : undefined;
}
