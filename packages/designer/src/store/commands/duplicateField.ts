import type { FieldDefinition } from '@formwork/runtime';
import { fillText } from '../../i18n/fillText.js';
import { storeMessages } from '../../i18n/storeMessages.js';
import { freshId } from '../freshId.js';
import type { CommandContext, SchemaEdit } from '../SchemaEdit.js';
import { childFieldsOf } from '../tree/childFieldsOf.js';
import { editFieldList } from '../tree/editFieldList.js';
import { insertAt } from '../tree/insertAt.js';
import { locateField } from '../tree/locateField.js';
import { renameFieldReferences } from '../tree/renameFieldReferences.js';

/**
 * Puts a copy of a field right after it and selects the copy. The copy and each of its children
 * get fresh ids, the copy's own rules are rewired to the copied children, and the alias (which
 * must stay unique) is dropped.
 */
export function duplicateField(context: CommandContext, id: string): SchemaEdit {
  const { schema } = context;
  const at = locateField(schema.fields, id);
  if (!at) return { ok: false, reason: fillText(storeMessages.fieldNotFound, { id }) };
  const renames = new Map<string, string>();
  for (const field of subtree(at.field)) {
    const fresh = freshId(context, field.type, new Set(renames.values()));
    if (fresh === undefined) return { ok: false, reason: storeMessages.noFreshId };
    renames.set(field.id, fresh);
  }
  const copy = withFreshIds(renameFieldReferences(at.field, renames), renames);
  const fields = editFieldList(schema.fields, at.parentId, (list) => insertAt(list, copy, at.index + 1));
  return { ok: true, schema: { ...schema, fields }, selectedId: copy.id, id: copy.id };
}

function* subtree(field: FieldDefinition): Generator<FieldDefinition> {
  yield field;
  for (const child of childFieldsOf(field) ?? []) yield* subtree(child);
}

function withFreshIds(field: FieldDefinition, renames: ReadonlyMap<string, string>): FieldDefinition {
  const { alias: _alias, ...rest } = field;
  const id = renames.get(field.id) ?? field.id;
  if (rest.type === 'section' || rest.type === 'subform') {
    return { ...rest, id, fields: rest.fields.map((child) => withFreshIds(child, renames)) };
  }
  return { ...rest, id };
}
