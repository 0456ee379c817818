import { fieldCatalogue, walkFields, type FieldType, type FormSchema } from '@formwork/runtime';
import type { DropTarget } from '../../store/DropTarget.js';

/**
 * Where a palette click puts a new field:
 * - a section or subform is selected and may hold the new field: at the end of it (a subform
 *   that was just added is empty, and the next click is meant for its columns);
 * - another field is selected: right after it, in the same list; when that list is a subform and
 *   the new field is a section or subform (which cannot go there), right after the subform;
 * - nothing is selected: at the end of the form.
 */
export function insertionTarget(schema: FormSchema, selectedId: string | null, type: FieldType): DropTarget {
  if (selectedId === null) return {};
  let target: DropTarget = {};
  walkFields(schema.fields, (field, location) => {
    if (field.id !== selectedId) return true;
    if (mayHold(field.type, type)) {
      target = { parentId: field.id };
      return false;
    }
    const parent = location.parent;
    if (parent?.type === 'subform' && fieldCatalogue[type].container) {
      const outer = findPlace(schema, parent.id);
      target = outer ?? {};
    } else {
      target = parent ? { parentId: parent.id, index: location.index + 1 } : { index: location.index + 1 };
    }
    return false;
  });
  return target;
}

/** Whether a container of type `container` takes a new `type` (as the store's placement rules say: no containers in a subform, no section in a section). */
function mayHold(container: FieldType, type: FieldType): boolean {
  if (container === 'subform') return !fieldCatalogue[type].container;
  if (container === 'section') return type !== 'section';
  return false;
}

function findPlace(schema: FormSchema, id: string): DropTarget | undefined {
  let place: DropTarget | undefined;
  walkFields(schema.fields, (field, location) => {
    if (field.id !== id) return true;
    place = location.parent ? { parentId: location.parent.id, index: location.index + 1 } : { index: location.index + 1 };
    return false;
  });
  return place;
}
