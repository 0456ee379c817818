import type { SheetCell } from '../cells/CellValue.js';
import type { SheetRow } from './SheetRow.js';

/**
 * The rows of the first worksheet of an XLSX file, with their row numbers, each cell reduced to
 * text, a number, a boolean or a date (formulas give their cached result, rich text its plain
 * text, hyperlinks their text). Throws when the bytes are not an XLSX workbook.
 */
export async function readXlsx(bytes: Buffer, maxRows: number): Promise<SheetRow[]> {
  // Loaded on first use: most imports are CSV, and import workers start faster without it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (rows.length > maxRows + 1) return;
    const values = row.values as unknown[];
    const cells: SheetCell[] = [];
    for (let column = 1; column < values.length; column++) cells.push(toCell(values[column]));
    rows.push({ number, cells });
  });
  return rows;
}

function toCell(value: unknown): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    const object = value as { result?: unknown; richText?: { text: string }[]; text?: unknown; error?: unknown };
    if ('result' in object) return toCell(object.result);
    if (Array.isArray(object.richText)) return object.richText.map((part) => part.text).join('');
    if (typeof object.text === 'string') return object.text;
  }
  return null;
}
