import type { Locale, LocalizedText } from '@formwork/runtime';
import type { SheetCell } from '../cells/CellValue.js';
import type { ImportRowError } from './importErrors.js';
import { neutralizeCell } from '../cells/neutralizeCell.js';
import type { SheetRow } from './SheetRow.js';
import { csvRow, utf8Bom } from './writeCsv.js';

/** The error report of an import that skipped records: a CSV to fix and import again. */
export interface ImportErrorReport {
  readonly fileName: string;
  /** UTF-8 with BOM, CRLF, as exports are. */
  readonly csv: string;
  /** Lines left out past `maxReportLines` (the answer's `errors` still counts them all). */
  readonly truncated: boolean;
}

/** Most sheet lines one report repeats. */
export const maxReportLines = 10_000;

const errorHeader: LocalizedText = { 'zh-CN': '错误原因', en: 'Errors' };

/**
 * The lines of the skipped records as the file had them, under the file's own header, with one
 * more column saying what is wrong on each line (`column: reason; …`). The extra column names
 * no field, so once the lines are fixed the report itself imports as it is.
 *
 * @example
 * importErrorReport(['客户', '数量'], [{ number: 3, cells: ['ACME', 'x'] }], [{ row: 3, column: '数量', message: '须为数字', … }], 'zh-CN')
 * // { fileName: 'import-errors.csv', csv: '\uFEFF客户,数量,错误原因\r\nACME,x,数量：须为数字\r\n', truncated: false }
 */
export function importErrorReport(header: readonly SheetCell[], lines: readonly SheetRow[], errors: readonly ImportRowError[], locale: Locale): ImportErrorReport {
  const byLine = new Map<number, string[]>();
  for (const error of errors) {
    const texts = byLine.get(error.row) ?? [];
    texts.push(error.column === null ? error.message : `${error.column}${locale === 'zh-CN' ? '：' : ': '}${error.message}`);
    byLine.set(error.row, texts);
  }
  const sorted = [...lines].sort((a, b) => a.number - b.number);
  const kept = sorted.slice(0, maxReportLines);
  const width = Math.max(header.length, ...kept.map((line) => line.cells.length));
  const padded = (cells: readonly SheetCell[]): (string | number | null)[] => Array.from({ length: width }, (_, index) => cellText(cells[index] ?? null));
  let csv = utf8Bom + csvRow([...padded(header), errorHeader[locale]]);
  for (const line of kept) csv += csvRow([...padded(line.cells), neutralizeCell((byLine.get(line.number) ?? []).join('; '))]);
  return { fileName: 'import-errors.csv', csv, truncated: sorted.length > kept.length };
}

// Spreadsheets keep wall-clock times as UTC fields (see createCellConverter): write them back so.
function cellText(cell: SheetCell): string | number | null {
  if (cell === null) return null;
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'boolean') return String(cell);
  if (cell instanceof Date) {
    const iso = cell.toISOString();
    return iso.slice(11, 19) === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
  }
  return neutralizeCell(cell);
}
