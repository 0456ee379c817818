import { HttpError } from '../http/HttpError.js';
import { checkXlsxZip, type XlsxZipLimits } from './checkXlsxZip.js';
import { csvRowBound, csvRows, CsvSyntaxError } from './parseCsv.js';
import { readXlsx } from './readXlsx.js';
import type { SheetRow } from './SheetRow.js';

/** The rows of an uploaded sheet, as they are read, and how many there can be at most. */
export interface SheetSource {
  readonly rows: Iterable<SheetRow>;
  /** At least the number of rows `rows` gives (exact for XLSX, line breaks + 1 for CSV). */
  readonly rowBound: number;
}

/** What reading a sheet may cost: rows, and what an XLSX may unpack to. */
export interface SheetLimits {
  readonly maxRows: number;
  readonly xlsx: XlsxZipLimits;
}

/** Whether the bytes are a ZIP, as every XLSX file is. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * The rows of an uploaded CSV or XLSX file. XLSX is recognised by its bytes (a ZIP), checked
 * against the zip-bomb bounds (`checkXlsxZip`: 413 `xlsx_too_large`) and then read whole;
 * anything else is read as CSV in UTF-8, or — when it is not valid UTF-8 — GB18030, the encoding
 * Excel uses for CSV on Chinese Windows, one row at a time (a malformed row throws 400
 * `invalid_csv` when it is reached).
 */
export async function readSheet(bytes: Buffer, limits: SheetLimits): Promise<SheetSource> {
  if (isZip(bytes)) {
    try {
      await checkXlsxZip(bytes, limits.xlsx);
      const rows = await readXlsx(bytes, limits.maxRows);
      return { rows, rowBound: rows.length };
    } catch (error) {
      if (error instanceof HttpError) throw error;
      throw unreadable();
    }
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('gb18030').decode(bytes);
  }
  return { rows: numberedCsvRows(text), rowBound: csvRowBound(text) };
}

function* numberedCsvRows(text: string): Generator<SheetRow, void, undefined> {
  let number = 0;
  try {
    for (const cells of csvRows(text)) yield { number: ++number, cells };
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      throw new HttpError(400, 'invalid_csv', { 'zh-CN': `CSV 格式有误：第 ${error.row} 行的引号没有闭合`, en: `The CSV is malformed: a quote opened in row ${error.row} is never closed` }, { row: error.row });
    }
    throw error;
  }
}

function unreadable(): HttpError {
  return new HttpError(400, 'unreadable_file', { 'zh-CN': '无法读取此文件，请上传 CSV 或 XLSX', en: 'This file cannot be read; upload a CSV or XLSX file' });
}
