import type { Locale } from '@formwork/runtime';
import { appendValueCells, encodeValueCells } from '../records/encodeRecord.js';
import type { CellValue } from '../records/projectValue.js';
import { prepareRecordData, type SaveContext } from '../records/prepareRecordData.js';
import type { TimeZone } from '../query/TimeZone.js';
import { createCellConverter } from '../cells/createCellConverter.js';
import { noImportColumns, tooManyRows, type ImportRowError } from './importErrors.js';
import { matchImportColumns, type ImportColumn } from './matchImportColumns.js';
import { fieldAccessOf } from '../permissions/fieldAccessOf.js';
import { describeImportError, labelOf } from './describeImportError.js';
import type { SheetCell } from '../cells/CellValue.js';
import type { OrgDirectory } from '../cells/OrgDirectory.js';
import type { SheetSource } from './readSheet.js';
import type { SheetRow } from './SheetRow.js';

/** What the checking of an import tells, in order: one `ImportStart`, then `ImportChunk`s. */
export type ImportCheckMessage = ImportStart | ImportChunk;

/** The header matched: how many data rows follow and what the header row got wrong. */
export interface ImportStart {
  readonly kind: 'start';
  /** At least the number of records to come (the exact count is the sum of the chunks' `records`). */
  readonly rowBound: number;
  /** The header row as the file has it (an error report repeats it). */
  readonly header: readonly SheetCell[];
  /** Headers that name no importable field, left out. */
  readonly ignoredColumns: readonly string[];
  /** Which header each imported field came from (errors name the column as the file does). */
  readonly columns: readonly { readonly fieldId: string; readonly header: string }[];
  readonly errors: readonly ImportRowError[];
}

/**
 * Checked records, in sheet order: the good ones encoded for storage, column-wise as
 * `NewRecordBatch` has them (`json`; `cells`, flat, the form's `columns.length` per record;
 * `rowNumbers`, each record's first line, for the errors a write may still find), and the
 * problems of the bad ones. With `keepLines`, the sheet lines too: of each good record
 * (`sources`, beside `rowNumbers`) and of the bad ones (`rejected`), for an error report.
 */
export interface ImportChunk {
  readonly kind: 'chunk';
  /** Data lines read for this chunk, good and bad (blank lines skipped). */
  readonly rows: number;
  /** Records read for this chunk, good and bad: lines sharing a record key are one. */
  readonly records: number;
  readonly rowNumbers: readonly number[];
  readonly json: readonly string[];
  readonly cells: readonly CellValue[];
  readonly errors: readonly ImportRowError[];
  readonly sources?: readonly (readonly SheetRow[])[];
  readonly rejected?: readonly SheetRow[];
}

/** Everything a check needs: the gate of a submit, plus what converting cells takes. */
export interface ImportCheckSetup {
  readonly save: SaveContext;
  readonly directory: OrgDirectory;
  readonly zone: TimeZone;
  readonly maxRows: number;
  /** Records per chunk. */
  readonly chunkRows: number;
  /** Keep the sheet lines of every record in the chunks (for the error report of `skip-invalid`). */
  readonly keepLines: boolean;
  /** Ids for the subform rows read from the sheet. */
  readonly newRowId: () => string;
}

/**
 * Checks the rows of a sheet as an import must, chunk by chunk:
 *
 * 1. the first non-empty row is the header, matched to fields by label, alias or id
 *    (`matchImportColumns`; subform columns as `Subform · Column`);
 * 2. lines are grouped into records: consecutive lines with the same record key
 *    (`记录ID`/`Record ID`) are one record — its fields from the first line, one subform row
 *    from each line that has cells of that subform; without a key every line is a record;
 * 3. every record is converted cell by cell (`createCellConverter`) and goes through the gate
 *    of a submit (`prepareRecordData`: the engine's validation, references, lookups), its
 *    errors placed on the line and column where they are (`describeImportError`);
 * 4. values of `unique` fields must not repeat within the file;
 * 5. good records are encoded (JSON text, value cells), so that writing them is only binding parameters.
 *
 * The same generator runs in the request (small files) and in an import worker thread (large
 * ones), so both check alike; it is async because the gate of a submit reads the stores. Throws the HTTP errors of a sheet that cannot be imported at all
 * (no columns, too many rows). Unique values against stored records and serial numbers are left
 * to the write transaction.
 */
export async function* checkImportSheet(setup: ImportCheckSetup, sheet: SheetSource): AsyncGenerator<ImportCheckMessage, void, undefined> {
  const { save, directory, zone, keepLines } = setup;
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
  const match = matchImportColumns(form.compiled, header.cells, (save.fields ?? fieldAccessOf(save.viewer, form)).locked);
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
  const columnOf = new Map(match.columns.map((column) => [column.field.id, column.header]));
  yield {
    kind: 'start',
    rowBound,
    header: header.cells,
    ignoredColumns: match.ignored,
    columns: match.columns.map((column) => ({ fieldId: column.field.id, header: column.header })),
    errors: match.problems.map((problem) => ({ row: headerNumber, column: problem.header, fieldId: null, code: 'column', message: problem.message[locale] })),
  };

  const uniqueColumns = form.columns.filter((column) => form.compiled.valueFields.some((entry) => !entry.subform && entry.field.id === column.fieldId && entry.field.unique));
  const uniqueIndexes = uniqueColumns.map((column) => form.columns.indexOf(column));
  const seenUnique = uniqueColumns.map(() => new Map<CellValue, number>());
  const converterOf = (column: ImportColumn) => ({ index: column.index, fieldId: column.field.id, toValue: createCellConverter(column.field, directory, zone, setup.newRowId) });
  const topConverters = match.columns.filter((column) => !column.subform).map(converterOf);
  const subformConverters = new Map<string, ReturnType<typeof converterOf>[]>();
  for (const column of match.columns) {
    if (!column.subform) continue;
    const list = subformConverters.get(column.subform.id) ?? [];
    list.push(converterOf(column));
    subformConverters.set(column.subform.id, list);
  }
  const seenKeys = new Map<string, number>();
  const groups = recordGroups(body, match.key?.index);

  for (let done = false; !done; ) {
    let lineCount = 0;
    let recordCount = 0;
    const rowNumbers: number[] = [];
    const json: string[] = [];
    const cells: CellValue[] = [];
    const errors: ImportRowError[] = [];
    const sources: (readonly SheetRow[])[] = [];
    const rejected: SheetRow[] = [];
    while (recordCount < setup.chunkRows) {
      const next = groups.next();
      if (next.done) {
        done = true;
        break;
      }
      const { lines, key } = next.value;
      const first = lines[0] as SheetRow;
      lineCount += lines.length;
      recordCount++;
      const reject = (found: readonly ImportRowError[]): void => {
        errors.push(...found);
        if (keepLines) rejected.push(...lines);
      };
      if (key !== '') {
        const earlier = seenKeys.get(key);
        if (earlier !== undefined) {
          reject([{ row: first.number, column: match.key?.header ?? null, fieldId: null, code: 'recordKey', message: keyRepeated(key, earlier)[locale] }]);
          continue;
        }
        seenKeys.set(key, first.number);
      }
      const data: Record<string, unknown> = {};
      for (const column of topConverters) {
        const value = column.toValue(first.cells[column.index] ?? null);
        if (value !== undefined) data[column.fieldId] = value;
      }
      const rowLines = new Map<string, number[]>();
      for (const [subformId, converters] of subformConverters) {
        const subformRows: Record<string, unknown>[] = [];
        const numbers: number[] = [];
        for (const line of lines) {
          const row: Record<string, unknown> = {};
          for (const column of converters) {
            const value = column.toValue(line.cells[column.index] ?? null);
            if (value !== undefined) row[column.fieldId] = value;
          }
          if (Object.keys(row).length === 0) continue;
          subformRows.push({ _id: setup.newRowId(), ...row });
          numbers.push(line.number);
        }
        rowLines.set(subformId, numbers);
        if (subformRows.length > 0) data[subformId] = subformRows;
      }
      const result = await prepareRecordData(save, data, null);
      if (!result.ok) {
        reject(result.errors.map((error) => describeImportError(form.compiled, error, { first: first.number, rowLines }, columnOf, locale)));
        continue;
      }
      const rowCells = uniqueIndexes.length > 0 ? encodeValueCells(form.columns, result.data) : undefined;
      const repeated: ImportRowError[] = [];
      for (const [position, index] of uniqueIndexes.entries()) {
        const value = rowCells?.[index] ?? null;
        if (value === null) continue;
        const seen = seenUnique[position] as Map<CellValue, number>;
        const firstSeen = seen.get(value);
        if (firstSeen === undefined) {
          seen.set(value, first.number);
          continue;
        }
        const fieldId = (uniqueColumns[position] as { fieldId: string }).fieldId;
        repeated.push({ row: first.number, column: columnOf.get(fieldId) ?? labelOf(form.compiled, fieldId), fieldId, code: 'unique', message: duplicateInFile(firstSeen)[locale] });
      }
      if (repeated.length > 0) {
        reject(repeated);
        continue;
      }
      rowNumbers.push(first.number);
      if (keepLines) sources.push(lines);
      json.push(JSON.stringify(result.data));
      if (rowCells) cells.push(...rowCells);
      else appendValueCells(form.columns, result.data, cells);
    }
    if (recordCount > 0) yield { kind: 'chunk', rows: lineCount, records: recordCount, rowNumbers, json, cells, errors, ...(keepLines ? { sources, rejected } : {}) };
  }
}

/** One record's lines and its key (`''`: none). */
interface RecordGroup {
  readonly lines: readonly SheetRow[];
  readonly key: string;
}

/** Non-blank lines grouped into records: consecutive lines with the same non-empty key are one. */
function* recordGroups(lines: Iterator<SheetRow>, keyIndex: number | undefined): Generator<RecordGroup, void, undefined> {
  let group: SheetRow[] = [];
  let groupKey = '';
  for (let next = lines.next(); !next.done; next = lines.next()) {
    const line = next.value;
    if (isBlank(line)) continue;
    const cell = keyIndex === undefined ? null : (line.cells[keyIndex] ?? null);
    const key = cell === null ? '' : String(cell instanceof Date ? cell.toISOString() : cell).trim();
    if (group.length > 0 && key !== '' && key === groupKey) {
      group.push(line);
      continue;
    }
    if (group.length > 0) yield { lines: group, key: groupKey };
    group = [line];
    groupKey = key;
  }
  if (group.length > 0) yield { lines: group, key: groupKey };
}

function isBlank(row: SheetRow): boolean {
  return !row.cells.some((cell) => cell !== null && !(typeof cell === 'string' && cell.trim() === ''));
}

function duplicateInFile(firstRow: number): Record<Locale, string> {
  return { 'zh-CN': `与第 ${firstRow} 行的值重复`, en: `the same value as row ${firstRow}` };
}

function keyRepeated(key: string, firstRow: number): Record<Locale, string> {
  return {
    'zh-CN': `记录ID"${key}"已在第 ${firstRow} 行使用；同一条记录的各行须相邻`,
    en: `Record ID "${key}" was already used in row ${firstRow}; the lines of one record must be next to each other`,
  };
}
