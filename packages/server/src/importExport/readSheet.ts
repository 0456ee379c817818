import { HttpError } from '../http/HttpError.js';
import { CsvSyntaxError, parseCsv } from './parseCsv.js';
import { readXlsx } from './readXlsx.js';
import type { SheetRow } from './SheetRow.js';

/**
 * The rows of an uploaded CSV or XLSX file. XLSX is recognised by its bytes (a ZIP); anything
 * else is read as CSV in UTF-8, or — when it is not valid UTF-8 — GB18030, the encoding Excel
 * uses for CSV on Chinese Windows.
 */
export async function readSheet(bytes: Buffer, maxRows: number): Promise<SheetRow[]> {
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    try {
      return await readXlsx(bytes, maxRows);
    } catch {
      throw unreadable();
    }
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('gb18030').decode(bytes);
  }
  try {
    return parseCsv(text).map((cells, index) => ({ number: index + 1, cells }));
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
