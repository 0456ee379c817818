import type { RecordData } from '@formwork/runtime';
import { projectValue, type CellValue } from './projectValue.js';
import type { ValueColumn } from './ValueColumn.js';

/** A new record's data ready to store: as JSON text for `records.data`, and as its value-table cells. */
export interface EncodedRecord {
  readonly id: string;
  readonly json: string;
  /** One cell per value column, in the order of the form's `columns` (see `encodeValueCells`). */
  readonly cells: readonly CellValue[];
}

/**
 * A record's value-table cells: each column's `projectValue` of the data, in `columns` order.
 * Computed where the data is (an import's worker thread computes them while the main thread
 * writes the previous batch).
 *
 * @example
 * encodeValueCells(form.columns, { f_amount: 12.5, f_tags: ['a'] }) // [12.5, '["a"]', null, …]
 */
export function encodeValueCells(columns: readonly ValueColumn[], data: RecordData): CellValue[] {
  const cells = new Array<CellValue>(columns.length);
  for (let index = 0; index < columns.length; index++) {
    const column = columns[index] as ValueColumn;
    cells[index] = projectValue(column, Object.hasOwn(data, column.fieldId) ? data[column.fieldId] : undefined);
  }
  return cells;
}

/** `encodeValueCells` plus the JSON text: what `RecordStore.insertMany` takes. */
export function encodeRecord(id: string, columns: readonly ValueColumn[], data: RecordData): EncodedRecord {
  return { id, json: JSON.stringify(data), cells: encodeValueCells(columns, data) };
}
