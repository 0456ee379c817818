import type { FieldDefinition, FormSchema } from '../documents/form/FormSchema.js';
import { walkFields } from './walkFields.js';

/**
 * The field with this id anywhere in the form (inside sections and subforms too), or `undefined`.
 *
 * @example
 * findField(form, 'f_amount')?.label // 'Amount'
 */
export function findField(schema: Pick<FormSchema, 'fields'>, id: string): FieldDefinition | undefined {
  let found: FieldDefinition | undefined;
  walkFields(schema.fields, (field) => {
    if (field.id !== id) return true;
    found = field;
    return false;
  });
  return found;
}
