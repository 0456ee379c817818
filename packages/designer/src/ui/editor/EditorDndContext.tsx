import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type AutoScrollOptions,
  type DragMoveEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { editorMessages } from '../../i18n/editorMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { collideInnermost } from './collideInnermost.js';
import { useDesignerStore } from './DesignerStoreContext.js';
import { asDragData, type DragData } from './dragData.js';
import { DropPreviewContext } from './DropPreviewContext.js';
import { createDropPreviewStore } from './dropPreviewStore.js';
import { dropTargetFor } from './dropTargetFor.js';

// Module constants: dnd-kit compares sensor options by identity, and new ones on a re-render would
// hand every draggable on the canvas new listeners (and re-render all 500 cards of a big form).
const keyboardCodes = { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] };
const pointerOptions = { activationConstraint: { distance: 5 } };
const keyboardOptions = { coordinateGetter: sortableKeyboardCoordinates, keyboardCodes };

/**
 * Scrolling while dragging near the top or bottom edge of the canvas: only within its outer 8 %,
 * and at a fifth of dnd-kit's default speed at most, so that a field can be placed near the edge
 * without the canvas running away under it. Never sideways.
 */
export const gentleAutoScroll = { threshold: { x: 0, y: 0.08 }, acceleration: 2, interval: 10 } as const satisfies AutoScrollOptions;

interface Placement {
  readonly active: DragData;
  readonly over: DragData;
  readonly below: boolean;
}

/**
 * Wraps the palette and the canvas in one dnd-kit context. Its handlers only work out where a
 * drop lands and call the store's `addField` or `moveField`; announcements speak the UI language.
 */
export function EditorDndContext({ children }: { readonly children: ReactNode }) {
  const { t } = useLocale();
  const store = useDesignerStore();
  const preview = useMemo(() => createDropPreviewStore(), []);
  const [dragging, setDragging] = useState<string | null>(null);
  // What the drop indicator shows; a drop lands there, whatever dnd-kit measures on release.
  const shown = useRef<Placement | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, pointerOptions),
    useSensor(KeyboardSensor, keyboardOptions),
  );

  const nameOf = (data: DragData | undefined): string =>
    data === undefined ? '' : data.kind === 'palette' ? data.name : data.kind === 'field' ? data.label : data.label;
  /** Where the dragged item is: over which card or list, and in its lower half or not. */
  const placement = (event: DragMoveEvent): Placement | undefined => {
    const active = asDragData(event.active.data.current);
    const over = event.over ? asDragData(event.over.data.current) : undefined;
    if (!active || !over || !event.over) return undefined;
    let below: boolean;
    if (event.activatorEvent instanceof KeyboardEvent) {
      // Keyboard drags step onto a neighbour's place: same list, arrayMove semantics; else before it.
      below = active.kind === 'field' && over.kind === 'field' && active.parentId === over.parentId && active.index < over.index;
    } else {
      const moved = event.active.rect.current.translated;
      below = moved ? moved.top + moved.height / 2 > event.over.rect.top + event.over.rect.height / 2 : false;
    }
    return { active, over, below };
  };
  const showPreview = (event: DragMoveEvent): void => {
    const place = placement(event);
    if (!place || place.over.kind === 'palette') {
      shown.current = null;
      return preview.setState({ overId: null, position: null });
    }
    shown.current = place;
    const overId = String(event.over?.id);
    const position = place.over.kind === 'list' ? 'inside' : place.below ? 'after' : 'before';
    const current = preview.getState();
    if (current.overId !== overId || current.position !== position) preview.setState({ overId, position });
  };
  const onDragStart = (event: DragStartEvent): void => {
    shown.current = null;
    setDragging(nameOf(asDragData(event.active.data.current)));
  };
  const onDragEnd = (): void => {
    setDragging(null);
    // Drop where the indicator was drawn, not where dnd-kit's last measure says: the canvas may
    // have scrolled under a still pointer since (and measuring again forces a layout of it all).
    const place = shown.current;
    shown.current = null;
    preview.setState({ overId: null, position: null });
    if (!place || place.active.kind === 'list' || place.over.kind === 'palette') return;
    const target = dropTargetFor(place.active, place.over, place.below);
    if (!target) return;
    const commands = store.getState();
    if (place.active.kind === 'palette') commands.addField(place.active.type, target);
    else commands.moveField(place.active.id, target);
  };
  const onDragCancel = (): void => {
    shown.current = null;
    setDragging(null);
    preview.setState({ overId: null, position: null });
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => t(editorMessages.dragStart, { label: nameOf(asDragData(active.data.current)) }),
    onDragOver: ({ active, over }) => {
      const label = nameOf(asDragData(active.data.current));
      return over
        ? t(editorMessages.dragOver, { label, over: nameOf(asDragData(over.data.current)) })
        : t(editorMessages.dragOverNothing, { label });
    },
    onDragEnd: ({ active, over }) => {
      const label = nameOf(asDragData(active.data.current));
      return over ? t(editorMessages.dragEnd, { label, over: nameOf(asDragData(over.data.current)) }) : t(editorMessages.dragCancel, { label });
    },
    onDragCancel: ({ active }) => t(editorMessages.dragCancel, { label: nameOf(asDragData(active.data.current)) }),
  };

  return (
    <DropPreviewContext.Provider value={preview}>
      <DndContext
        sensors={sensors}
        collisionDetection={collideInnermost}
        autoScroll={gentleAutoScroll}
        onDragStart={onDragStart}
        onDragMove={showPreview}
        onDragOver={showPreview}
        onDragEnd={onDragEnd}
        onDragCancel={onDragCancel}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t(editorMessages.dragInstructions) } }}
      >
        {children}
        <DragOverlay dropAnimation={null}>{dragging ? <div className="fw-drag-overlay">{dragging}</div> : null}</DragOverlay>
      </DndContext>
    </DropPreviewContext.Provider>
  );
}
