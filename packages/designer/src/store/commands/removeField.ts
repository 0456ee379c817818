import { fillText } from '../../i18n/fillText.js';
import { storeMessages } from '../../i18n/storeMessages.js';
import type { CommandContext, SchemaEdit } from '../SchemaEdit.js';
import { editFieldList } from '../tree/editFieldList.js';
import { locateField } from '../tree/locateField.js';

/**
 * Removes a field with its children. When the selection goes with it, the field that took its
 * place (else the one before it, else the parent) is selected, so the keyboard keeps its place.
 */
export function removeField(context: CommandContext, id: string): SchemaEdit {
  const { schema } = context;
  const at = locateField(schema.fields, id);
  if (!at) return { ok: false, reason: fillText(storeMessages.fieldNotFound, { id }) };
  let siblings: readonly { readonly id: string }[] = [];
  const fields = editFieldList(schema.fields, at.parentId, (list) => (siblings = list.filter((field) => field.id !== id)));
  const selectionGone = context.selectedId !== null && locateField(fields, context.selectedId) === undefined;
  const neighbour = siblings[at.index] ?? siblings[at.index - 1];
  const selectedId = selectionGone ? (neighbour?.id ?? at.parentId ?? null) : context.selectedId;
  return { ok: true, schema: { ...schema, fields }, selectedId };
}
