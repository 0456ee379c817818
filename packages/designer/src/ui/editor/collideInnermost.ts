import { closestCenter, pointerWithin, type Collision, type CollisionDetection, type DroppableContainer } from '@dnd-kit/core';
import { asDragData } from './dragData.js';

/** The attribute naming a drop target's dnd-kit id on its element: `FieldCard` and `FieldList` set it. */
export const DROP_ID_ATTRIBUTE = 'data-drop-id';

/**
 * Collision detection for nested lists: of the drop targets under the pointer, the innermost (a
 * subform's column rather than the subform card around it). A dragged section or subform never
 * targets its own inside. Keyboard drags have no pointer: closest centre then.
 *
 * The browser's own hit test (`elementsFromPoint`) finds what is under the pointer; dnd-kit's
 * `pointerWithin` would read the rectangle of every card on each pointer move, which on a
 * 500-field form costs tens of milliseconds a move. Without a layout (jsdom) it is used instead.
 */
export const collideInnermost: CollisionDetection = (args) => {
  const activeId = String(args.active.id);
  const droppableContainers = args.droppableContainers.filter((container) => {
    const data = asDragData(container.data.current);
    return !(data && data.kind !== 'palette' && (data.ancestors.includes(activeId) || (data.kind === 'list' && data.parentId === activeId)));
  });
  const filtered = { ...args, droppableContainers };
  const pointer = args.pointerCoordinates;
  if (pointer && typeof document !== 'undefined' && typeof document.elementsFromPoint === 'function') {
    const hit = innermostUnderPoint(pointer.x, pointer.y, droppableContainers);
    return hit ? [hit] : closestCenter(filtered);
  }
  const under = pointerWithin(filtered);
  if (under.length === 0) return closestCenter(filtered);
  const area = (id: string | number): number => {
    const rect = args.droppableRects.get(id);
    return rect ? rect.width * rect.height : Infinity;
  };
  const innermost = [...under].sort((a, b) => area(a.id) - area(b.id))[0];
  return innermost ? [innermost] : [];
};

/** The innermost element under the point that is one of `containers`, skipping the drag overlay. */
function innermostUnderPoint(x: number, y: number, containers: readonly DroppableContainer[]): Collision | undefined {
  const byId = new Map<string, DroppableContainer>();
  for (const container of containers) byId.set(String(container.id), container);
  for (const element of document.elementsFromPoint(x, y)) {
    for (let target = element.closest(`[${DROP_ID_ATTRIBUTE}]`); target; target = target.parentElement?.closest(`[${DROP_ID_ATTRIBUTE}]`) ?? null) {
      const container = byId.get(target.getAttribute(DROP_ID_ATTRIBUTE) ?? '');
      if (container) return { id: container.id, data: { droppableContainer: container, value: 0 } };
    }
  }
  return undefined;
}
