import { GRID_COLUMNS } from '../../dashboard/gridLayout.js';

/** One grid row on the designer's canvas, in px (the app's dashboards use 80; the canvas is smaller to show more). */
export const ROW_HEIGHT = 56;
/** The gap between cells, in px. */
export const GRID_GAP = 8;

/** The size of one step on the grid — a column plus its gap, a row plus its gap — for a grid `width` px wide. */
export function cellStep(width: number): { readonly x: number; readonly y: number } {
  const column = (width - GRID_GAP * (GRID_COLUMNS - 1)) / GRID_COLUMNS;
  return { x: column + GRID_GAP, y: ROW_HEIGHT + GRID_GAP };
}

/**
 * The cell under a point `dx`, `dy` px from the grid's top left corner (above or left of the
 * grid: its first row or column; right of it: the last column).
 *
 * @example
 * cellAt(1192, 250, 70) // { x: 2, y: 1 } — columns are 92 px and gaps 8 px at 1192 px
 */
export function cellAt(width: number, dx: number, dy: number): { readonly x: number; readonly y: number } {
  const step = cellStep(width);
  return { x: Math.min(Math.max(Math.floor(dx / step.x), 0), GRID_COLUMNS - 1), y: Math.max(Math.floor(dy / step.y), 0) };
}
