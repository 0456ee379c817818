import type { FieldDefinition, FormSchema } from '@formwork/runtime';
import type { CommandContext } from './SchemaEdit.js';
import { locateField } from './tree/locateField.js';

/**
 * Asks the injected id maker for an id no field or validation of the form already has. Gives up
 * after a few tries (an id maker that keeps repeating itself is a bug worth surfacing).
 */
export function freshId(context: CommandContext, type: FieldDefinition['type'] | 'rule', taken: ReadonlySet<string> = new Set()): string | undefined {
  for (let attempt = 0; attempt < 20; attempt++) {
    const id = context.createId(type);
    if (!taken.has(id) && !isUsed(context.schema, id)) return id;
  }
  return undefined;
}

function isUsed(schema: FormSchema, id: string): boolean {
  return locateField(schema.fields, id) !== undefined || (schema.rules?.validations ?? []).some((rule) => rule.id === id);
}
