import { walkFields, type FieldDefinition, type FormSchema } from '@formwork/runtime';
import { listValueFields } from '../editor/listValueFields.js';

/** A field a rule may read, with the `var` path that reads it. */
export interface RuleFieldChoice {
  readonly path: string;
  readonly label: string;
  readonly field: FieldDefinition;
}

/**
 * The fields a rule of field `forId` may read: the form's top-level value fields, and, for a
 * column of a subform, the other columns of the same row (`$row.<id>`). The field itself is left
 * out. With no `forId` (form-level validations): the top-level fields.
 */
export function ruleFieldChoices(schema: FormSchema, forId?: string): RuleFieldChoice[] {
  let subformId: string | undefined;
  if (forId !== undefined) {
    walkFields(schema.fields, (field, location) => {
      if (field.id !== forId) return true;
      subformId = location.subform?.id;
      return false;
    });
  }
  const choices: RuleFieldChoice[] = [];
  for (const entry of listValueFields(schema)) {
    if (entry.field.id === forId) continue;
    if (!entry.inSubform) choices.push({ path: entry.field.id, label: entry.field.label, field: entry.field });
    else if (entry.subformId === subformId) choices.push({ path: `$row.${entry.field.id}`, label: entry.field.label, field: entry.field });
  }
  return choices;
}
