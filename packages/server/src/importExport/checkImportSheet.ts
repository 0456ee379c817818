import type { FieldError, Locale } from '@formwork/runtime';
import { encodeRecord } from '../records/encodeRecord.js';
import type { CellValue } from '../records/projectValue.js';
import { prepareRecordData, type SaveContext } from '../records/prepareRecordData.js';
import type { TimeZone } from '../query/TimeZone.js';
import { createCellConverter } from './createCellConverter.js';
import { noImportColumns, tooManyRows, type ImportRowError } from './importErrors.js';
import { matchImportColumns } from './matchImportColumns.js';
import type { OrgDirectory } from './OrgDirectory.js';
import type { SheetRow } from './SheetRow.js';

/** What the checking of an import tells, in order: one `ImportStart`, then `ImportChunk`s. */
export type ImportCheckMessage = ImportStart | ImportChunk;

/** The header matched: how many data rows follow and what the header row got wrong. */
export interface ImportStart {
  readonly kind: 'start';
  /** Data rows (blank rows skipped). */
  readonly rows: number;
  /** Headers that name no importable field, left out. */
  readonly ignoredColumns: readonly string[];
  /** Which header each imported field came from (errors name the column as the file does). */
  readonly columns: readonly { readonly fieldId: string; readonly header: string }[];
  readonly errors: readonly ImportRowError[];
}

/**
 * Checked rows, in sheet order: the good ones encoded for storage (`json`, `cells` in the form's
 * value-column order, `rowNumbers` for the errors a write may still find), and the problems of
 * the bad ones.
 */
export interface ImportChunk {
  readonly kind: 'chunk';
  readonly rowNumbers: readonly number[];
  readonly json: readonly string[];
  readonly cells: readonly (readonly CellValue[])[];
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
 * 4. good rows are encoded (`encodeRecord`), so that writing them is only binding parameters.
 *
 * The same generator runs in the request (small files) and in an import worker thread (large
 * ones), so both check alike. Throws the HTTP errors of a sheet that cannot be imported at all
 * (no columns, too many rows). Unique values against stored records and serial numbers are left
 * to the write transaction.
 */
export function* checkImportSheet(setup: ImportCheckSetup, sheet: readonly SheetRow[]): Generator<ImportCheckMessage, void, undefined> {
  const { save, directory, zone } = setup;
  const { form, locale } = save;
  const headerIndex = sheet.findIndex((row) => row.cells.some((cell) => cell !== null && String(cell).trim() !== ''));
  const header = sheet[headerIndex];
  if (!header) throw noImportColumns();
  const match = matchImportColumns(form.compiled, header.cells);
  if (match.columns.length === 0 && match.problems.length === 0) throw noImportColumns();
  const body = sheet.slice(headerIndex + 1).filter((row) => row.cells.some((cell) => cell !== null && !(typeof cell === 'string' && cell.trim() === '')));
  if (body.length > setup.maxRows) throw tooManyRows(setup.maxRows);
  yield {
    kind: 'start',
    rows: body.length,
    ignoredColumns: match.ignored,
    columns: match.columns.map((column) => ({ fieldId: column.field.id, header: column.header })),
    errors: match.problems.map((problem) => ({ row: header.number, column: problem.header, fieldId: null, code: 'column', message: problem.message[locale] })),
  };

  const columnOf = new Map(match.columns.map((column) => [column.field.id, column.header]));
  const uniqueColumns = form.columns.filter((column) => form.compiled.valueFields.some((entry) => !entry.subform && entry.field.id === column.fieldId && entry.field.unique));
  const uniqueIndexes = uniqueColumns.map((column) => form.columns.indexOf(column));
  const seenUnique = uniqueColumns.map(() => new Map<CellValue, number>());
  let rowCounter = 0;
  const newRowId = (): string => `row${++rowCounter}`;
  const converters = match.columns.map((column) => ({ index: column.index, fieldId: column.field.id, toValue: createCellConverter(column.field, directory, zone, newRowId) }));

  for (let start = 0; start < body.length; start += setup.chunkRows) {
    const rowNumbers: number[] = [];
    const json: string[] = [];
    const cells: CellValue[][] = [];
    const errors: ImportRowError[] = [];
    for (const row of body.slice(start, start + setup.chunkRows)) {
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
      // The id is the writer's to give; the encoding is all this check hands over.
      const encoded = encodeRecord('', form.columns, result.data);
      let repeated = false;
      for (const [position, index] of uniqueIndexes.entries()) {
        const value = encoded.cells[index] ?? null;
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
      json.push(encoded.json);
      cells.push(encoded.cells as CellValue[]);
    }
    yield { kind: 'chunk', rowNumbers, json, cells, errors };
  }
}

function rowError(row: number, error: FieldError, columnOf: ReadonlyMap<string, string>): ImportRowError {
  const topField = error.pointer.split('/')[1] ?? '';
  return { row, column: columnOf.get(topField) ?? columnOf.get(error.fieldId) ?? null, fieldId: error.fieldId || null, code: error.code, message: error.message };
}

function duplicateInFile(firstRow: number): Record<Locale, string> {
  return { 'zh-CN': `与第 ${firstRow} 行的值重复`, en: `the same value as row ${firstRow}` };
}
