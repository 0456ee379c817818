import { fieldCatalogue, walkFields, type FieldType, type FormSchema } from '@formwork/runtime';
import type { DropTarget } from '../../store/DropTarget.js';

/**
 * Where a palette click puts a new field: right after the selected field, in the same list; when
 * that list is a subform and the new field is a section or subform (which cannot go there), right
 * after the subform. With nothing selected: at the end of the form.
 */
export function insertionTarget(schema: FormSchema, selectedId: string | null, type: FieldType): DropTarget {
  if (selectedId === null) return {};
  let target: DropTarget = {};
  walkFields(schema.fields, (field, location) => {
    if (field.id !== selectedId) return true;
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

function findPlace(schema: FormSchema, id: string): DropTarget | undefined {
  let place: DropTarget | undefined;
  walkFields(schema.fields, (field, location) => {
    if (field.id !== id) return true;
    place = location.parent ? { parentId: location.parent.id, index: location.index + 1 } : { index: location.index + 1 };
    return false;
  });
  return place;
}
