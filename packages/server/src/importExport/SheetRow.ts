import type { SheetCell } from '../cells/CellValue.js';

/** A row of an uploaded sheet with the number a spreadsheet shows for it (the header is row 1). */
export interface SheetRow {
  readonly number: number;
  readonly cells: readonly SheetCell[];
}
