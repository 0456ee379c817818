import type { TimeZone } from '../query/TimeZone.js';
import type { StoredRecord } from '../records/StoredRecord.js';
import { exportCell, localDateTime, type ExportCell } from './exportCell.js';
import type { ExportColumn } from './exportColumns.js';
import { neutralizeCell } from './neutralizeCell.js';
import type { OrgDirectory } from './OrgDirectory.js';

/** One record as a row of cells under `columns`. */
export function exportRow(columns: readonly ExportColumn[], record: StoredRecord, directory: OrgDirectory, zone: TimeZone): ExportCell[] {
  return columns.map((column) => {
    if (column.kind === 'field') {
      return exportCell(column.field, Object.hasOwn(record.data, column.field.id) ? record.data[column.field.id] : undefined, directory, zone);
    }
    switch (column.attribute) {
      case 'id':
        return record.id;
      case 'creator':
        return record.creatorName === null ? null : neutralizeCell(record.creatorName);
      case 'createdAt':
        return localDateTime(record.createdAt, zone);
      case 'updatedAt':
        return localDateTime(record.updatedAt, zone);
    }
  });
}
