import type { RecordData } from '@formwork/runtime';
import { projectValue, type CellValue } from './projectValue.js';
import type { ValueColumn } from './ValueColumn.js';

/**
 * Appends a record's value-table cells to `cells`: each column's `projectValue` of the data, in
 * `columns` order. Imports keep the cells of many records in one flat array (`columns.length`
 * per record), computed where the data is checked — an import's worker thread — so the thread
 * that writes only binds them.
 */
export function appendValueCells(columns: readonly ValueColumn[], data: RecordData, cells: CellValue[]): void {
  for (const column of columns) cells.push(projectValue(column, Object.hasOwn(data, column.fieldId) ? data[column.fieldId] : undefined));
}

/**
 * A record's value-table cells, in `columns` order.
 *
 * @example
 * encodeValueCells(form.columns, { f_amount: 12.5, f_tags: ['a'] }) // [12.5, '["a"]', null, …]
 */
export function encodeValueCells(columns: readonly ValueColumn[], data: RecordData): CellValue[] {
  const cells: CellValue[] = [];
  appendValueCells(columns, data, cells);
  return cells;
}
