import type { DropTarget } from '../../store/DropTarget.js';
import type { FieldDragData, ListDropData, PaletteDragData } from './dragData.js';

/**
 * Where a drop lands, in the store's terms. Over a list: at its end. Over a field: before it, or
 * after it when the dragged item's centre is below the field's centre. Within one list the index
 * is the final position (as the store's `moveField` expects), so the field lands where it is seen.
 *
 * @example
 * dropTargetFor(palette, { kind: 'field', id: 'f_2', index: 1, ancestors: [] }, true) // { index: 2 }
 */
export function dropTargetFor(
  active: PaletteDragData | FieldDragData,
  over: FieldDragData | ListDropData,
  below: boolean,
): DropTarget | undefined {
  const parent = over.parentId === undefined ? {} : { parentId: over.parentId };
  if (over.kind === 'list') return parent;
  if (active.kind === 'field' && active.id === over.id) return undefined;
  const sameList = active.kind === 'field' && active.parentId === over.parentId;
  if (sameList && active.index < over.index) return { ...parent, index: below ? over.index : over.index - 1 };
  return { ...parent, index: below ? over.index + 1 : over.index };
}
