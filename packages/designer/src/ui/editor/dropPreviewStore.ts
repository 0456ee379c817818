import { createStore } from 'zustand/vanilla';

/** Where the drop indicator is drawn during a drag: before/after a field, or inside a list. */
export interface DropPreview {
  readonly overId: string | null;
  readonly position: 'before' | 'after' | 'inside' | null;
}

/**
 * A tiny store for the drop indicator, apart from the document store: dragging redraws only the
 * card or list under the pointer, not the whole canvas.
 */
export function createDropPreviewStore() {
  return createStore<DropPreview>()(() => ({ overId: null, position: null }));
}

export type DropPreviewStore = ReturnType<typeof createDropPreviewStore>;
