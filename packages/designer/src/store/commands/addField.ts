import { createField, type FieldType } from '@formwork/runtime';
import { storeMessages } from '../../i18n/storeMessages.js';
import type { DropTarget } from '../DropTarget.js';
import { freshId } from '../freshId.js';
import type { CommandContext, SchemaEdit } from '../SchemaEdit.js';
import { editFieldList } from '../tree/editFieldList.js';
import { insertAt } from '../tree/insertAt.js';
import { placementFault } from '../tree/placementFault.js';

/** Adds a new field of `type`, with the engine's defaults, at `target`, and selects it. */
export function addField(context: CommandContext, type: FieldType, target: DropTarget = {}): SchemaEdit {
  const id = freshId(context, type);
  if (id === undefined) return { ok: false, reason: storeMessages.noFreshId };
  const field = createField(type, id, context.locale);
  const fault = placementFault(context.schema.fields, field, target.parentId);
  if (fault) return { ok: false, reason: fault };
  const fields = editFieldList(context.schema.fields, target.parentId, (list) => insertAt(list, field, target.index));
  return { ok: true, schema: { ...context.schema, fields }, selectedId: id, id };
}
