import { walkFields, type FieldDefinition } from '@formwork/runtime';

/** Where a field sits in the tree: its parent's id (absent at the top level) and its index there. */
export interface FieldPosition {
  readonly field: FieldDefinition;
  readonly parentId?: string;
  readonly index: number;
}

/**
 * Finds a field anywhere in the tree together with its position, which the editing commands need
 * to rebuild the list it sits in.
 */
export function locateField(fields: readonly FieldDefinition[], id: string): FieldPosition | undefined {
  let found: FieldPosition | undefined;
  walkFields(fields, (field, location) => {
    if (field.id !== id) return true;
    found = location.parent ? { field, parentId: location.parent.id, index: location.index } : { field, index: location.index };
    return false;
  });
  return found;
}
