import type { FieldDefinition } from '@formwork/runtime';
import type { TimeZone } from '../query/TimeZone.js';
import type { SheetCell } from './CellValue.js';
import { createCellConverter } from './createCellConverter.js';
import type { OrgDirectory } from './OrgDirectory.js';

/**
 * A spreadsheet cell as a record value for a field, best effort: numbers without thousands
 * separators or currency signs, dates as `YYYY-MM-DD` (from `2025/1/6`, `2025年1月6日`, Excel
 * dates), date-times with the app's offset, options by value or label, members by username or
 * name, departments by name, lists split on commas. What cannot be read is passed on as it is, so
 * the engine reports it with its usual message; undefined means an empty cell. An import builds one
 * converter per column instead (`createCellConverter`); this is the same conversion for one cell.
 *
 * @example
 * cellToValue('1,280.50', moneyField, directory, zone) // 1280.5
 * cellToValue('华东, 华南', regionsField, directory, zone) // ['east', 'south']
 */
export function cellToValue(cell: SheetCell, field: FieldDefinition, directory: OrgDirectory, zone: TimeZone, newRowId: () => string): unknown {
  return createCellConverter(field, directory, zone, newRowId)(cell);
}
