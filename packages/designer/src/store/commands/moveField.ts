import { fillText } from '../../i18n/fillText.js';
import { storeMessages } from '../../i18n/storeMessages.js';
import type { DropTarget } from '../DropTarget.js';
import type { CommandContext, SchemaEdit } from '../SchemaEdit.js';
import { editFieldList } from '../tree/editFieldList.js';
import { insertAt } from '../tree/insertAt.js';
import { locateField } from '../tree/locateField.js';
import { placementFault } from '../tree/placementFault.js';

/**
 * Moves a field (with its children) to `target`: reorders within a list, or moves into or out of
 * a section or subform. `target.index` is the position it will have in the destination list.
 */
export function moveField(context: CommandContext, id: string, target: DropTarget): SchemaEdit {
  const { schema } = context;
  const from = locateField(schema.fields, id);
  if (!from) return { ok: false, reason: fillText(storeMessages.fieldNotFound, { id }) };
  const fault = placementFault(schema.fields, from.field, target.parentId);
  if (fault) return { ok: false, reason: fault };
  const without = editFieldList(schema.fields, from.parentId, (list) => list.filter((field) => field.id !== id));
  const fields = editFieldList(without, target.parentId, (list) => insertAt(list, from.field, target.index));
  const unchanged = from.parentId === target.parentId && locateField(fields, id)?.index === from.index;
  return { ok: true, schema: unchanged ? schema : { ...schema, fields }, selectedId: id };
}
