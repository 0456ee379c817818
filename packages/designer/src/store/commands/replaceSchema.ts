import type { FormSchema } from '@formwork/runtime';
import type { CommandContext, SchemaEdit } from '../SchemaEdit.js';
import { locateField } from '../tree/locateField.js';

/**
 * Replaces the whole document (from the JSON view, already checked by `parseFormSchema`). The
 * selection is kept when its field is still there.
 */
export function replaceSchema(context: CommandContext, schema: FormSchema): SchemaEdit {
  const keep = context.selectedId !== null && locateField(schema.fields, context.selectedId) !== undefined;
  return { ok: true, schema, selectedId: keep ? context.selectedId : null };
}
