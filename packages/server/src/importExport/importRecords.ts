import type { FieldError, Locale } from '@formwork/runtime';
import type { NewRecord } from '../records/StoredRecord.js';
import { assignSerials } from '../records/assignSerials.js';
import { createLinkResolver } from '../records/createLinkResolver.js';
import { findUniqueConflict } from '../records/findUniqueConflict.js';
import type { OpenedForm } from '../records/openRecordForm.js';
import { prepareRecordData, type SaveContext } from '../records/prepareRecordData.js';
import { projectValue } from '../records/projectValue.js';
import { localDateOf, timeZoneAt } from '../query/TimeZone.js';
import type { ServerContext } from '../ServerContext.js';
import { createCellConverter } from './createCellConverter.js';
import { importInvalid, maxListedImportErrors, noImportColumns, tooManyRows, type ImportRowError } from './importErrors.js';
import { matchImportColumns } from './matchImportColumns.js';
import { newRecordIds } from './newRecordIds.js';
import { createOrgDirectory } from './OrgDirectory.js';
import { readSheet } from './readSheet.js';

/** What an import did (or, on a dry run, would do). */
export interface ImportOutcome {
  /** Data rows read (blank rows skipped). */
  readonly rows: number;
  readonly imported: number;
  readonly dryRun: boolean;
  /** Headers that matched no importable field and were left out. */
  readonly ignoredColumns: readonly string[];
}

/** Rows validated between two yields to the event loop, so other requests keep being served. */
const rowsPerSlice = 2000;

/**
 * Imports a CSV or XLSX file into a form, all or nothing:
 *
 * 1. the header row is matched to fields by label, alias or id;
 * 2. every row is converted (cellToValue) and goes through the same gate as a submit
 *    (prepareRecordData: the engine's validation, references, lookups), unique fields are checked
 *    within the file — in slices, yielding between them;
 * 3. if any row is bad, nothing is written and every problem comes back with its row number,
 *    column and reason; otherwise one transaction checks unique values against stored records,
 *    numbers the serials and inserts everything with prepared statements.
 */
export async function importRecords(context: ServerContext, opened: OpenedForm, bytes: Buffer, locale: Locale, dryRun: boolean): Promise<ImportOutcome> {
  const { stores, settings } = context;
  const { form, viewer } = opened;
  const limits = settings.records;
  const sheet = await readSheet(bytes, limits.importMaxRows);
  const headerIndex = sheet.findIndex((row) => row.cells.some((cell) => cell !== null && String(cell).trim() !== ''));
  const header = sheet[headerIndex];
  if (!header) throw noImportColumns();
  const match = matchImportColumns(form.compiled, header.cells);
  const errors: ImportRowError[] = [];
  let errorCount = 0;
  const report = (error: ImportRowError): void => {
    errorCount++;
    if (errors.length < maxListedImportErrors) errors.push(error);
  };
  for (const problem of match.problems) report({ row: header.number, column: problem.header, fieldId: null, code: 'column', message: problem.message[locale] });
  if (match.columns.length === 0 && match.problems.length === 0) throw noImportColumns();

  const body = sheet.slice(headerIndex + 1).filter((row) => row.cells.some((cell) => cell !== null && !(typeof cell === 'string' && cell.trim() === '')));
  if (body.length > limits.importMaxRows) throw tooManyRows(limits.importMaxRows);

  const now = context.now();
  const zone = timeZoneAt(limits.timeZone, now);
  const directory = createOrgDirectory(stores);
  const save: SaveContext = { stores, form, viewer, locale, now, timeZone: limits.timeZone, findLinked: createLinkResolver(stores, viewer) };
  const columnOf = new Map(match.columns.map((column) => [column.field.id, column.header]));
  const uniqueColumns = form.columns.filter((column) => form.compiled.valueFields.some((entry) => !entry.subform && entry.field.id === column.fieldId && entry.field.unique));
  const seenUnique = new Map(uniqueColumns.map((column) => [column.fieldId, new Map<string | number, number>()]));
  let rowCounter = 0;
  const newRowId = (): string => `row${++rowCounter}`;
  const prepared: { row: number; data: Record<string, unknown> }[] = [];
  const converters = match.columns.map((column) => ({ index: column.index, fieldId: column.field.id, toValue: createCellConverter(column.field, directory, zone, newRowId) }));

  for (let start = 0; start < body.length; start += rowsPerSlice) {
    for (const row of body.slice(start, start + rowsPerSlice)) {
      const data: Record<string, unknown> = {};
      for (const column of converters) {
        const value = column.toValue(row.cells[column.index] ?? null);
        if (value !== undefined) data[column.fieldId] = value;
      }
      const result = prepareRecordData(save, data, null);
      if (!result.ok) {
        for (const error of result.errors) report(rowError(row.number, error, columnOf));
        continue;
      }
      for (const column of uniqueColumns) {
        const value = projectValue(column, result.data[column.fieldId]);
        if (value === null) continue;
        const first = seenUnique.get(column.fieldId)?.get(value);
        if (first !== undefined) {
          report({ row: row.number, column: columnOf.get(column.fieldId) ?? null, fieldId: column.fieldId, code: 'unique', message: duplicateInFile(first)[locale] });
        } else seenUnique.get(column.fieldId)?.set(value, row.number);
      }
      prepared.push({ row: row.number, data: result.data });
    }
    if (start + rowsPerSlice < body.length) await new Promise((resolve) => setImmediate(resolve));
  }
  if (errorCount > 0) throw importInvalid(errors, body.length, errorCount);
  const outcome = { rows: body.length, dryRun, ignoredColumns: match.ignored };
  if (dryRun) return { ...outcome, imported: 0 };

  stores.transaction(() => {
    const localDate = localDateOf(now, zone);
    const records: NewRecord[] = [];
    const ids = newRecordIds(context.randomBytes, prepared.length);
    const hasUnique = uniqueColumns.length > 0;
    const hasSerials = form.compiled.valueFields.some(({ field, subform }) => field.type === 'serial' && !subform);
    for (const [index, item] of prepared.entries()) {
      const conflict = hasUnique ? findUniqueConflict(stores.records, form, item.data, null) : undefined;
      if (conflict) {
        report({ row: item.row, column: columnOf.get(conflict.fieldId) ?? null, fieldId: conflict.fieldId, code: 'unique', message: duplicateStored(conflict.label)[locale] });
        continue;
      }
      // item.data is this import's own copy (prepareRecordData returns a fresh object).
      const data = hasSerials ? assignSerials(form.compiled, item.data, (fieldId, period, first) => stores.records.nextSerial(form.formId, fieldId, period, first), localDate) : item.data;
      records.push({
        id: ids[index] as string,
        formId: form.formId,
        formVersion: form.version.version,
        data,
        creatorId: viewer.user.id,
        ownerId: viewer.user.id,
        ownerDepartmentId: viewer.user.departmentId,
        createdAt: now,
      });
    }
    if (errorCount > 0) throw importInvalid(errors, body.length, errorCount);
    stores.records.insertMany(records, form.columns);
  });
  return { ...outcome, imported: prepared.length };
}

function rowError(row: number, error: FieldError, columnOf: ReadonlyMap<string, string>): ImportRowError {
  const topField = error.pointer.split('/')[1] ?? '';
  return { row, column: columnOf.get(topField) ?? columnOf.get(error.fieldId) ?? null, fieldId: error.fieldId || null, code: error.code, message: error.message };
}

function duplicateInFile(firstRow: number) {
  return { 'zh-CN': `与第 ${firstRow} 行的值重复`, en: `the same value as row ${firstRow}` } as const;
}

function duplicateStored(label: string) {
  return { 'zh-CN': `${label} 的值已被已有记录使用`, en: `${label}: an existing record already has this value` } as const;
}
