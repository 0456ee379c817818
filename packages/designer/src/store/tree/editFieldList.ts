import type { FieldDefinition } from '@formwork/runtime';

/**
 * Returns the tree with the list of `parentId` (the top level when absent) replaced by
 * `edit(list)`. Untouched branches keep their identity, so history snapshots share them.
 */
export function editFieldList(
  fields: readonly FieldDefinition[],
  parentId: string | undefined,
  edit: (list: readonly FieldDefinition[]) => readonly FieldDefinition[],
): readonly FieldDefinition[] {
  if (parentId === undefined) return edit(fields);
  let changed = false;
  const next = fields.map((field) => {
    if (field.type !== 'section' && field.type !== 'subform') return field;
    const children = field.id === parentId ? edit(field.fields) : editFieldList(field.fields, parentId, edit);
    if (children === field.fields) return field;
    changed = true;
    return { ...field, fields: children };
  });
  return changed ? next : fields;
}
