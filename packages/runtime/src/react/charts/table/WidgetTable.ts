import type { DrillDown } from '../../../engine/index.js';

/**
 * How a column's cells read: `number` in the reader's digits, `percent` a ratio as `12.5%`,
 * `change` a signed ratio, `rankChange` a move in rank (positive up, null new).
 */
export type ColumnKind = 'text' | 'number' | 'percent' | 'change' | 'rankChange';

export interface TableColumn {
  readonly label: string;
  readonly kind: ColumnKind;
}

export type TableCell = string | number | null;

export interface TableRow {
  readonly cells: readonly TableCell[];
  /** Where a click on the row's (first) header cell leads; absent when the row narrows nothing. */
  readonly drill?: DrillDown;
}

/**
 * A widget's data as one table: the chart's text alternative, the visible table of the table
 * widgets, and the CSV export. Cells keep raw values; `formatCell` and `toCsv` format them.
 */
export interface WidgetTable {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
  /** Columns whose cells name their row (`<th scope="row">`, the first holds the drill-down): `[0]` unless set. */
  readonly rowHeaderColumns?: readonly number[];
}
