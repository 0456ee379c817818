import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useMemo, useState, type ReactNode } from 'react';
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
  const sensors = useSensors(
    useSensor(PointerSensor, pointerOptions),
    useSensor(KeyboardSensor, keyboardOptions),
  );

  const nameOf = (data: DragData | undefined): string =>
    data === undefined ? '' : data.kind === 'palette' ? data.name : data.kind === 'field' ? data.label : data.label;
  /** Where the dragged item is; `knownBelow` skips measuring when the answer is already known. */
  const placement = (event: DragMoveEvent | DragEndEvent, knownBelow?: boolean): Placement | undefined => {
    const active = asDragData(event.active.data.current);
    const over = event.over ? asDragData(event.over.data.current) : undefined;
    if (!active || !over || !event.over) return undefined;
    let below: boolean;
    if (knownBelow !== undefined) {
      below = knownBelow;
    } else if (event.activatorEvent instanceof KeyboardEvent) {
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
    if (!place || place.over.kind === 'palette') return preview.setState({ overId: null, position: null });
    const overId = String(event.over?.id);
    const position = place.over.kind === 'list' ? 'inside' : place.below ? 'after' : 'before';
    const current = preview.getState();
    if (current.overId !== overId || current.position !== position) preview.setState({ overId, position });
  };
  const onDragStart = (event: DragStartEvent): void => setDragging(nameOf(asDragData(event.active.data.current)));
  const onDragEnd = (event: DragEndEvent): void => {
    setDragging(null);
    const shown = preview.getState();
    preview.setState({ overId: null, position: null });
    // Nothing moved since the last drag move: drop where the drop line was shown, rather than
    // measure the target again (reading its rectangle forces a layout of the whole canvas).
    const place = placement(event, shown.overId !== null && shown.overId === String(event.over?.id) ? shown.position === 'after' : undefined);
    if (!place || place.active.kind === 'list' || place.over.kind === 'palette') return;
    const target = dropTargetFor(place.active, place.over, place.below);
    if (!target) return;
    const commands = store.getState();
    if (place.active.kind === 'palette') commands.addField(place.active.type, target);
    else commands.moveField(place.active.id, target);
  };
  const onDragCancel = (): void => {
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
