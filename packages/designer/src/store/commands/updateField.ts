import type { FieldDefinition } from '@formwork/runtime';
import { fillText } from '../../i18n/fillText.js';
import { storeMessages } from '../../i18n/storeMessages.js';
import type { FieldPatch } from '../FieldPatch.js';
import type { CommandContext, SchemaEdit } from '../SchemaEdit.js';
import { editFieldList } from '../tree/editFieldList.js';
import { locateField } from '../tree/locateField.js';

/**
 * Changes some settings of a field; a key set to `undefined` removes the setting. `id` and `type`
 * are kept whatever the patch says.
 */
export function updateField(context: CommandContext, id: string, patch: FieldPatch): SchemaEdit {
  const { schema } = context;
  const at = locateField(schema.fields, id);
  if (!at) return { ok: false, reason: fillText(storeMessages.fieldNotFound, { id }) };
  const next: Record<string, unknown> = { ...at.field };
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'id' || key === 'type' || key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  // Safe: only keys of the field's own patch type were written, and id/type are untouched.
  const field = next as unknown as FieldDefinition;
  const fields = editFieldList(schema.fields, at.parentId, (list) => list.map((item, index) => (index === at.index ? field : item)));
  return { ok: true, schema: { ...schema, fields }, selectedId: context.selectedId };
}
