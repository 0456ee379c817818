import type { FieldDefinition } from '@formwork/runtime';
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { memo, useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import { listDropId, type FieldDragData } from './dragData.js';
import { useDesigner } from './DesignerStoreContext.js';
import { useDropPreviewStore } from './DropPreviewContext.js';
import { FieldCardContent } from './FieldCardContent.js';

export interface FieldCardProps {
  readonly field: FieldDefinition;
  readonly index: number;
  readonly parentId?: string;
  /** Ids of the containers around the card, outermost first, joined by `/`. */
  readonly ancestry: string;
  /** Where a card of a windowed list goes (see `WindowedCards`); absent in a list rendered whole. */
  readonly windowed?: WindowedPlacement;
}

/** A windowed card's offset in its list, the list's length, and how its height is reported. */
export interface WindowedPlacement {
  readonly top: number;
  readonly setSize: number;
  readonly measure: (node: Element | null) => void;
}

/**
 * A card's drag data. The `sortable` part is what dnd-kit's `sortableKeyboardCoordinates` reads
 * to step a keyboard drag from card to card within a list (it only checks `items` is present).
 */
type CardData = FieldDragData & { readonly sortable: { readonly containerId: string; readonly index: number; readonly items: readonly string[] } };

const NO_ITEMS: readonly string[] = [];
// Cards do not change size mid-drag, and the drop target comes from a hit test: no per-card
// ResizeObserver, which each card would otherwise create when a drag starts and drop when it ends.
const noResizeObserver = { disabled: true };

/**
 * One field on the canvas, as a dnd-kit draggable and drop target. dnd-kit re-renders all of them
 * when a drag starts, moves over another card or ends, so this shell holds only what those need
 * (its drag data, its selection and drop-indicator classes) and leaves the card's content to a
 * memoized `FieldCardContent`, which re-renders only when its own field or selection does.
 *
 * Not `useSortable`: the cards draw no sortable transforms (a drag shows an overlay and a drop
 * line), and `useSortable` costs every card a look through the whole list (`items.indexOf`,
 * `items.slice`) each time the list changes: quadratic work on a 500-field form.
 */
export const FieldCard = memo(function FieldCard({ field, index, parentId, ancestry, windowed }: FieldCardProps) {
  const selected = useDesigner((state) => state.selectedId === field.id);
  const preview = useStore(useDropPreviewStore(), (state) => (state.overId === field.id ? state.position : null));
  const data = useMemo<CardData>(
    () => ({
      kind: 'field',
      id: field.id,
      label: field.label,
      index,
      ancestors: ancestry ? ancestry.split('/') : [],
      ...(parentId === undefined ? {} : { parentId }),
      sortable: { containerId: listDropId(parentId), index, items: NO_ITEMS },
    }),
    [field.id, field.label, index, ancestry, parentId],
  );
  const { setNodeRef: setDraggableRef, attributes, listeners, isDragging } = useDraggable({ id: field.id, data });
  const { setNodeRef: setDroppableRef } = useDroppable({ id: field.id, data, resizeObserverConfig: noResizeObserver });
  const measure = windowed?.measure;
  const setNodeRef = useCallback(
    (node: HTMLElement | null) => {
      setDraggableRef(node);
      setDroppableRef(node);
      measure?.(node);
    },
    [setDraggableRef, setDroppableRef, measure],
  );
  const headRef = useRef<HTMLDivElement | null>(null);

  // React moves the card's element to reorder the list, which drops its focus: a keyboard move
  // asks for it back, and gets it once the card has its new place.
  const refocus = useRef(false);
  useLayoutEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    headRef.current?.focus();
  }, [index]);

  const classes = ['fw-card', selected ? 'fw-selected' : '', isDragging ? 'fw-dragging' : '', preview ? `fw-drop-${preview}` : '']
    .filter(Boolean)
    .join(' ');
  const place = windowed ? { style: { top: windowed.top }, 'data-index': index, 'aria-setsize': windowed.setSize, 'aria-posinset': index + 1 } : {};
  return (
    <li ref={setNodeRef} className={classes} data-field-id={field.id} data-drop-id={field.id} {...place}>
      <FieldCardContent
        field={field}
        {...(parentId === undefined ? {} : { parentId })}
        ancestry={ancestry}
        selected={selected}
        attributes={attributes}
        listeners={listeners}
        headRef={headRef}
        refocus={refocus}
      />
    </li>
  );
});
