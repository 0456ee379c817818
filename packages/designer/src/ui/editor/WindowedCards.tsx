import type { FieldDefinition } from '@formwork/runtime';
import { useDndMonitor } from '@dnd-kit/core';
import { defaultRangeExtractor, measureElement, observeElementRect, useVirtualizer, type Range, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useDesigner } from './DesignerStoreContext.js';
import { FieldCard } from './FieldCard.js';

/** From how many top-level fields the canvas renders only the cards in view. */
export const WINDOWED_FROM = 100;

// A card's usual height (head and a hint line) and the space between cards (`.fw-card` margin).
const ESTIMATED_CARD_HEIGHT = 46;
const CARD_GAP = 6;
const LIST_PADDING = 4;
// Until the canvas is laid out (or where nothing is, as in jsdom) it counts as this tall.
const UNMEASURED_HEIGHT = 800;

/** The canvas's size, ignoring the zero of a canvas not laid out: a window of cards still shows. */
function observeLaidOutRect(instance: Virtualizer<HTMLElement, Element>, callback: (rect: { width: number; height: number }) => void) {
  return observeElementRect(instance, (rect) => {
    if (rect.height > 0) callback(rect);
  });
}

/**
 * A card's height. As a card mounts (no `entry`) its last known height is used rather than read:
 * reading it then would force a layout of the page in the middle of React's commit, once per new
 * card; the ResizeObserver reports the real height before the next paint. A card not laid out
 * yet counts as the usual height.
 */
function measureCard(element: Element, entry: ResizeObserverEntry | undefined, instance: Virtualizer<HTMLElement, Element>): number {
  const known = (): number => instance.itemSizeCache.get(instance.options.getItemKey(Number(element.getAttribute('data-index')))) ?? ESTIMATED_CARD_HEIGHT;
  if (!entry) return known();
  const size = measureElement(element, entry, instance);
  return size > 0 ? size : known();
}

export interface WindowedCardsProps {
  readonly fields: readonly FieldDefinition[];
  readonly ancestry: string;
}

/**
 * The form's top-level cards on a long form: only those in view (and a few either side) are in
 * the document, placed where the whole list would put them, so that a click or a drop renders
 * tens of cards instead of hundreds and the browser lays out as few. The selected card and the
 * card being dragged stay rendered when scrolled away: the keyboard focus and dnd-kit's active
 * element live there. Every card says its place in the list (`aria-posinset` of `aria-setsize`).
 */
export function WindowedCards({ fields, ancestry }: WindowedCardsProps) {
  const selectedIndex = useDesigner((state) => (state.selectedId === null ? -1 : fields.findIndex((field) => field.id === state.selectedId)));
  const [draggedId, setDraggedId] = useState<string | null>(null);
  useDndMonitor({
    onDragStart: ({ active }) => setDraggedId(String(active.id)),
    onDragEnd: () => setDraggedId(null),
    onDragCancel: () => setDraggedId(null),
  });
  const draggedIndex = draggedId === null ? -1 : fields.findIndex((field) => field.id === draggedId);
  const [scrollMargin, setScrollMargin] = useState(0);
  // The list and the canvas that scrolls are found from this component's own first element: its
  // ref is set before this component's layout effects run, where the list's (the parent's) is not
  // yet — and the virtualizer, asking for its scroll element then and given none, never listened
  // to the canvas's scrolling (a long form scrolled to an empty canvas).
  const sizerRef = useRef<HTMLLIElement>(null);
  const scrollElement = useCallback((): HTMLElement | null => sizerRef.current?.closest<HTMLElement>('.fw-canvas') ?? null, []);

  // Where the list starts in the canvas's scrolled content (below the title and the hint), read
  // once: it only decides which cards count as in view, and measuring on every change would force
  // a layout of the page on every click.
  useLayoutEffect(() => {
    const list = sizerRef.current?.parentElement;
    const canvas = scrollElement();
    if (!list || !canvas) return;
    setScrollMargin(list.getBoundingClientRect().top - canvas.getBoundingClientRect().top + canvas.scrollTop);
  }, [scrollElement]);

  const rangeExtractor = useCallback(
    (range: Range): number[] => {
      const indexes = new Set(defaultRangeExtractor(range));
      for (const pinned of [selectedIndex, draggedIndex]) if (pinned >= 0 && pinned < range.count) indexes.add(pinned);
      return [...indexes].sort((a, b) => a - b);
    },
    [selectedIndex, draggedIndex],
  );
  const virtualizer = useVirtualizer({
    count: fields.length,
    getScrollElement: scrollElement,
    estimateSize: () => ESTIMATED_CARD_HEIGHT,
    getItemKey: (index) => fields[index]?.id ?? index,
    overscan: 6,
    gap: CARD_GAP,
    paddingStart: LIST_PADDING,
    paddingEnd: LIST_PADDING,
    scrollMargin,
    rangeExtractor,
    initialRect: { width: 0, height: UNMEASURED_HEIGHT },
    observeElementRect: observeLaidOutRect,
    measureElement: measureCard,
  });

  // A card selected out of view (a palette click adds one after the selection) is brought in;
  // only when the selection changes, not when an edit above it moves it along.
  const selectedId = selectedIndex >= 0 ? fields[selectedIndex]?.id : undefined;
  const selectedAt = useRef(selectedIndex);
  selectedAt.current = selectedIndex;
  useLayoutEffect(() => {
    if (selectedId !== undefined && selectedAt.current >= 0) virtualizer.scrollToIndex(selectedAt.current, { align: 'auto' });
  }, [selectedId, virtualizer]);

  return (
    <>
      {/* Gives the list the height of all its cards; the cards are placed over it. */}
      <li ref={sizerRef} aria-hidden="true" className="fw-window-size" style={{ height: virtualizer.getTotalSize() }} />
      {virtualizer.getVirtualItems().map((item) => {
        const field = fields[item.index];
        if (!field) return null;
        return (
          <FieldCard
            key={field.id}
            field={field}
            index={item.index}
            ancestry={ancestry}
            windowed={{ top: item.start - scrollMargin, setSize: fields.length, measure: virtualizer.measureElement }}
          />
        );
      })}
    </>
  );
}
