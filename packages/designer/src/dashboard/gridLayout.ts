import type { Widget, WidgetLayout } from '@formwork/runtime';

/** Columns of the dashboard grid; a widget's `x + w` never passes it. */
export const GRID_COLUMNS = 12;
/** The smallest widget, in cells: smaller, a chart has no room for its axes. */
export const MIN_WIDGET_SIZE = { w: 2, h: 2 } as const;
/** The tallest widget, in cells (rows are 80 px on screen). */
export const MAX_WIDGET_HEIGHT = 12;

/** Whether two places share at least one cell. */
export function overlaps(a: WidgetLayout, b: WidgetLayout): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** The first widget (other than `exceptId`) whose place shares a cell with `layout`. */
export function firstOverlap(widgets: readonly Widget[], layout: WidgetLayout, exceptId?: string): Widget | undefined {
  return widgets.find((widget) => widget.id !== exceptId && overlaps(widget.layout, layout));
}

/**
 * The first free place of size `w × h` at or after `from`, reading the grid as text: left to
 * right, then down. Always finds one: below the lowest widget everything is free.
 *
 * @example
 * findFreePlace([], { w: 4, h: 3 }) // { x: 0, y: 0, w: 4, h: 3 }
 */
export function findFreePlace(widgets: readonly Widget[], size: { readonly w: number; readonly h: number }, from: { readonly x: number; readonly y: number } = { x: 0, y: 0 }): WidgetLayout {
  const w = Math.min(Math.max(size.w, 1), GRID_COLUMNS);
  const startX = Math.min(Math.max(from.x, 0), GRID_COLUMNS - w);
  for (let y = Math.max(from.y, 0); ; y++) {
    for (let x = y === Math.max(from.y, 0) ? startX : 0; x + w <= GRID_COLUMNS; x++) {
      const place = { x, y, w, h: size.h };
      if (!firstOverlap(widgets, place)) return place;
    }
  }
}
