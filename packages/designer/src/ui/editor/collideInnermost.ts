import { closestCenter, pointerWithin, type CollisionDetection } from '@dnd-kit/core';
import { asDragData } from './dragData.js';

/**
 * Collision detection for nested lists: of the drop targets under the pointer, the smallest (the
 * innermost: a subform's column rather than the subform card around it). A dragged section or
 * subform never targets its own inside. Keyboard drags have no pointer: closest centre then.
 */
export const collideInnermost: CollisionDetection = (args) => {
  const activeId = String(args.active.id);
  const droppableContainers = args.droppableContainers.filter((container) => {
    const data = asDragData(container.data.current);
    return !(data && data.kind !== 'palette' && (data.ancestors.includes(activeId) || (data.kind === 'list' && data.parentId === activeId)));
  });
  const filtered = { ...args, droppableContainers };
  const under = pointerWithin(filtered);
  if (under.length === 0) return closestCenter(filtered);
  const area = (id: string | number): number => {
    const rect = args.droppableRects.get(id);
    return rect ? rect.width * rect.height : Infinity;
  };
  const innermost = [...under].sort((a, b) => area(a.id) - area(b.id))[0];
  return innermost ? [innermost] : [];
};
