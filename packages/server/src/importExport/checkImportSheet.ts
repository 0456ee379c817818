import type { FieldError, Locale } from '@formwork/runtime';
import { appendValueCells, encodeValueCells } from '../records/encodeRecord.js';
import type { CellValue } from '../records/projectValue.js';
import { prepareRecordData, type SaveContext } from '../records/prepareRecordData.js';
import type { TimeZone } from '../query/TimeZone.js';
import { createCellConverter } from './createCellConverter.js';
import { noImportColumns, tooManyRows, type ImportRowError } from './importErrors.js';
import { matchImportColumns } from './matchImportColumns.js';
import type { OrgDirectory } from './OrgDirectory.js';
import type { SheetSource } from './readSheet.js';
import type { SheetRow } from './SheetRow.js';

/** What the checking of an import tells, in order: one `ImportStart`, then `ImportChunk`s. */
export type ImportCheckMessage = ImportStart | ImportChunk;

/** The header matched: how many data rows follow and what the header row got wrong. */
export interface ImportStart {
  readonly kind: 'start';
  /** At least the number of data rows to come (the exact count is the sum of the chunks' `rows`). */
  readonly rowBound: number;
  /** Headers that name no importable field, left out. */
  readonly ignoredColumns: readonly string[];
  /** Which header each imported field came from (errors name the column as the file does). */
  readonly columns: readonly { readonly fieldId: string; readonly header: string }[];
  readonly errors: readonly ImportRowError[];
}

/**
 * Checked rows, in sheet order: the good ones encoded for storage, column-wise as
 * `NewRecordBatch` has them (`json`; `cells`, flat, the form's `columns.length` per row;
 * `rowNumbers` for the errors a write may still find), and the problems of the bad ones.
 */
export interface ImportChunk {
  readonly kind: 'chunk';
  /** Data rows read for this chunk, good and bad (blank rows skipped). */
  readonly rows: number;
  readonly rowNumbers: readonly number[];
  readonly json: readonly string[];
  readonly cells: readonly CellValue[];
  readonly errors: readonly ImportRowError[];
}

/** Everything a check needs: the gate of a submit, plus what converting cells takes. */
export interface ImportCheckSetup {
  readonly save: SaveContext;
  readonly directory: OrgDirectory;
  readonly zone: TimeZone;
  readonly maxRows: number;
  /** Rows per chunk. */
  readonly chunkRows: number;
}

/**
 * Checks the rows of a sheet as an import must, chunk by chunk:
 *
 * 1. the first non-empty row is the header, matched to fields by label, alias or id;
 * 2. every data row is converted cell by cell (`createCellConverter`) and goes through the gate
 *    of a submit (`prepareRecordData`: the engine's validation, references, lookups);
 * 3. values of `unique` fields must not repeat within the file;
 * 4. good rows are encoded (JSON text, value cells), so that writing them is only binding parameters.
 *
 * The same generator runs in the request (small files) and in an import worker thread (large
 * ones), so both check alike. Throws the HTTP errors of a sheet that cannot be imported at all
 * (no columns, too many rows). Unique values against stored records and serial numbers are left
 * to the write transaction.
 */
export function* checkImportSheet(setup: ImportCheckSetup, sheet: SheetSource): Generator<ImportCheckMessage, void, undefined> {
  const { save, directory, zone } = setup;
  const { form, locale } = save;
  const rows = sheet.rows[Symbol.iterator]();
  let read = 0;
  let header: SheetRow | undefined;
  for (let next = rows.next(); !next.done; next = rows.next()) {
    read++;
    if (!isBlank(next.value)) {
      header = next.value;
      break;
    }
  }
  if (!header) throw noImportColumns();
  const headerNumber = header.number;
  const match = matchImportColumns(form.compiled, header.cells);
  if (match.columns.length === 0 && match.problems.length === 0) throw noImportColumns();
  let rowBound = sheet.rowBound - read;
  let body: Iterator<SheetRow> = rows;
  if (rowBound > setup.maxRows) {
    // Maybe too many: count them before checking any (quoted line breaks make the bound loose).
    const all: SheetRow[] = [];
    for (let next = rows.next(); !next.done; next = rows.next()) if (!isBlank(next.value)) all.push(next.value);
    if (all.length > setup.maxRows) throw tooManyRows(setup.maxRows);
    rowBound = all.length;
    body = all[Symbol.iterator]();
  }
  yield {
    kind: 'start',
    rowBound,
    ignoredColumns: match.ignored,
    columns: match.columns.map((column) => ({ fieldId: column.field.id, header: column.header })),
    errors: match.problems.map((problem) => ({ row: headerNumber, column: problem.header, fieldId: null, code: 'column', message: problem.message[locale] })),
  };

  const columnOf = new Map(match.columns.map((column) => [column.field.id, column.header]));
  const uniqueColumns = form.columns.filter((column) => form.compiled.valueFields.some((entry) => !entry.subform && entry.field.id === column.fieldId && entry.field.unique));
  const uniqueIndexes = uniqueColumns.map((column) => form.columns.indexOf(column));
  const seenUnique = uniqueColumns.map(() => new Map<CellValue, number>());
  let rowCounter = 0;
  const newRowId = (): string => `row${++rowCounter}`;
  const converters = match.columns.map((column) => ({ index: column.index, fieldId: column.field.id, toValue: createCellConverter(column.field, directory, zone, newRowId) }));

  for (let done = false; !done; ) {
    let rowCount = 0;
    const rowNumbers: number[] = [];
    const json: string[] = [];
    const cells: CellValue[] = [];
    const errors: ImportRowError[] = [];
    while (rowCount < setup.chunkRows) {
      const next = body.next();
      if (next.done) {
        done = true;
        break;
      }
      const row = next.value;
      if (isBlank(row)) continue;
      rowCount++;
      const data: Record<string, unknown> = {};
      for (const column of converters) {
        const value = column.toValue(row.cells[column.index] ?? null);
        if (value !== undefined) data[column.fieldId] = value;
      }
      const result = prepareRecordData(save, data, null);
      if (!result.ok) {
        for (const error of result.errors) errors.push(rowError(row.number, error, columnOf));
        continue;
      }
      const rowCells = uniqueIndexes.length > 0 ? encodeValueCells(form.columns, result.data) : undefined;
      let repeated = false;
      for (const [position, index] of uniqueIndexes.entries()) {
        const value = rowCells?.[index] ?? null;
        if (value === null) continue;
        const seen = seenUnique[position] as Map<CellValue, number>;
        const first = seen.get(value);
        if (first === undefined) {
          seen.set(value, row.number);
          continue;
        }
        const fieldId = (uniqueColumns[position] as { fieldId: string }).fieldId;
        errors.push({ row: row.number, column: columnOf.get(fieldId) ?? null, fieldId, code: 'unique', message: duplicateInFile(first)[locale] });
        repeated = true;
      }
      if (repeated) continue;
      rowNumbers.push(row.number);
      json.push(JSON.stringify(result.data));
      if (rowCells) cells.push(...rowCells);
      else appendValueCells(form.columns, result.data, cells);
    }
    if (rowCount > 0) yield { kind: 'chunk', rows: rowCount, rowNumbers, json, cells, errors };
  }
}

function isBlank(row: SheetRow): boolean {
  return !row.cells.some((cell) => cell !== null && !(typeof cell === 'string' && cell.trim() === ''));
}

function rowError(row: number, error: FieldError, columnOf: ReadonlyMap<string, string>): ImportRowError {
  const topField = error.pointer.split('/')[1] ?? '';
  return { row, column: columnOf.get(topField) ?? columnOf.get(error.fieldId) ?? null, fieldId: error.fieldId || null, code: error.code, message: error.message };
}

function duplicateInFile(firstRow: number): Record<Locale, string> {
  return { 'zh-CN': `与第 ${firstRow} 行的值重复`, en: `the same value as row ${firstRow}` };
}
