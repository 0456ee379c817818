import type { TimeZone } from '../query/TimeZone.js';
import type { StoredRecord } from '../records/StoredRecord.js';
import { exportCell, localDateTime, type ExportCell } from './exportCell.js';
import type { ExportColumn } from './exportColumns.js';
import { neutralizeCell } from '../cells/neutralizeCell.js';
import type { OrgDirectory } from '../cells/OrgDirectory.js';

/**
 * One record as lines of cells under `columns`: the record's cells and the first row of each
 * subform on the first line, then one line per further subform row (row 2 of every subform on
 * line 2, and so on) with only the record id repeated — the key that tells an import which lines
 * are one record. A record without subform rows is one line.
 *
 * @example
 * exportLines(columns, visitWithTwoProducts, directory, zone)
 * // [['ACME', 'Pen', 2, 'rec_1', …], [null, 'Ink', 5, 'rec_1', null, null, null]]
 */
export function exportLines(columns: readonly ExportColumn[], record: StoredRecord, directory: OrgDirectory, zone: TimeZone): ExportCell[][] {
  const rowsOf = new Map<string, readonly Record<string, unknown>[]>();
  for (const column of columns) {
    if (column.kind !== 'cell' || rowsOf.has(column.subformId)) continue;
    const rows = record.data[column.subformId];
    rowsOf.set(column.subformId, Array.isArray(rows) ? rows.filter((row): row is Record<string, unknown> => typeof row === 'object' && row !== null) : []);
  }
  const lineCount = Math.max(1, ...[...rowsOf.values()].map((rows) => rows.length));
  const lines: ExportCell[][] = [];
  for (let line = 0; line < lineCount; line++) {
    lines.push(
      columns.map((column) => {
        if (column.kind === 'cell') {
          const row = rowsOf.get(column.subformId)?.[line];
          return row === undefined ? null : exportCell(column.field, Object.hasOwn(row, column.field.id) ? row[column.field.id] : undefined, directory, zone);
        }
        if (column.kind === 'field') return line > 0 ? null : exportCell(column.field, Object.hasOwn(record.data, column.field.id) ? record.data[column.field.id] : undefined, directory, zone);
        switch (column.attribute) {
          case 'id':
            return record.id;
          case 'creator':
            return line > 0 || record.creatorName === null ? null : neutralizeCell(record.creatorName);
          case 'createdAt':
            return line > 0 ? null : localDateTime(record.createdAt, zone);
          case 'updatedAt':
            return line > 0 ? null : localDateTime(record.updatedAt, zone);
        }
      }),
    );
  }
  return lines;
}
