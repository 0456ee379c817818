import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ExportCell } from './exportCell.js';
import { neutralizeCell } from '../cells/neutralizeCell.js';
import { csvRow, utf8Bom } from './writeCsv.js';

/**
 * Streams a CSV export (UTF-8 with BOM, CRLF, RFC 4180 quoting) to `out`, waiting for the socket
 * when it is full, so a million rows never sit in memory at once. `rows` may be read from the
 * stores as they arrive (an async iterable) or be at hand (an array).
 */
export async function writeCsvExport(out: Writable, headers: readonly string[], rows: Iterable<readonly ExportCell[]> | AsyncIterable<readonly ExportCell[]>): Promise<void> {
  let chunk = utf8Bom + csvRow(headers.map(neutralizeCell));
  for await (const row of rows) {
    chunk += csvRow(row);
    if (chunk.length > 64 * 1024) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

/**
 * Streams an XLSX export (one sheet; numbers as numbers, text as inert strings) to `out`, with
 * `notes` — lines of explanation — on a second sheet after it (imports read the first).
 */
export async function writeXlsxExport(
  out: Writable,
  sheetName: string,
  headers: readonly string[],
  rows: Iterable<readonly ExportCell[]> | AsyncIterable<readonly ExportCell[]>,
  notes?: { readonly sheetName: string; readonly lines: readonly string[] },
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(safeSheetName(sheetName));
  sheet.addRow(headers.map(neutralizeCell)).commit();
  for await (const row of rows) sheet.addRow([...row]).commit();
  sheet.commit();
  if (notes) {
    const notesSheet = workbook.addWorksheet(safeSheetName(notes.sheetName));
    for (const line of notes.lines) notesSheet.addRow([neutralizeCell(line)]).commit();
    notesSheet.commit();
  }
  await workbook.commit();
}

/** Excel sheet names: at most 31 characters, none of `[]:*?/\`. */
function safeSheetName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31);
  return cleaned === '' ? 'Sheet1' : cleaned;
}
