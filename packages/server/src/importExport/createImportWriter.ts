import type { Locale, RecordData } from '@formwork/runtime';
import { assignSerials } from '../records/assignSerials.js';
import { appendValueCells } from '../records/encodeRecord.js';
import type { OpenedForm } from '../records/openRecordForm.js';
import type { RecordWriteCheck } from '../records/RecordWriteHook.js';
import type { CellValue } from '../records/projectValue.js';
import { localDateOf, type TimeZone } from '../query/TimeZone.js';
import type { Stores } from '../storage/Stores.js';
import type { ImportChunk } from './checkImportSheet.js';
import type { ImportRowError } from './importErrors.js';

/** The stores an import's writer reads and writes (a write hook may read any of them). */
export type ImportStores = Stores;

/**
 * Writes an import's checked chunks; what only the database can tell is reported as row errors.
 * Each call is handed its stores: the write transaction's `tx` for `write`, the plain stores for
 * `checkStored` outside it.
 */
export interface ImportWriter {
  /**
   * Inside the write transaction (`tx`): checks the chunk's `unique` values against stored
   * records, numbers its serials and inserts it — unless a problem has been reported, by this
   * chunk or before. Resolves to the rows written.
   */
  write(tx: ImportStores, chunk: ImportChunk): Promise<number>;
  /** Only the check against stored records, for chunks that will not be written (to list every problem). */
  checkStored(stores: ImportStores, chunk: ImportChunk): Promise<void>;
}

export interface ImportWriterSetup {
  readonly opened: OpenedForm;
  readonly locale: Locale;
  readonly now: number;
  readonly zone: TimeZone;
  /** The ids to give, in order (ascending: see `newRecordIds`), at least one per row. */
  readonly ids: readonly string[];
  /** The file's header of each imported field. */
  readonly columnOf: ReadonlyMap<string, string>;
  readonly report: (error: ImportRowError) => void;
  /** Whether any problem has been reported so far. */
  readonly failed: () => boolean;
  /** The form's write hooks (see RecordWriteHook): each row passes them as a submit would. */
  readonly checks: readonly RecordWriteCheck[];
}

export function createImportWriter(setup: ImportWriterSetup): ImportWriter {
  const { opened, locale, report } = setup;
  const { form, viewer } = opened;
  const fields = form.compiled.valueFields.filter(({ subform }) => !subform).map(({ field }) => field);
  const unique = form.columns.flatMap((column, index) => {
    const field = fields.find((candidate) => candidate.id === column.fieldId && candidate.unique);
    return field ? [{ index, fieldId: field.id, label: field.label }] : [];
  });
  const hasSerials = fields.some((field) => field.type === 'serial');
  const { checks } = setup;
  const localDate = localDateOf(setup.now, setup.zone);
  const width = form.columns.length;
  let nextId = 0;

  /** Whether the row's unique values are free; reports the first taken one. */
  const free = async (stores: ImportStores, row: number, cells: readonly CellValue[]): Promise<boolean> => {
    for (const { index, fieldId, label } of unique) {
      const value = cells[index] ?? null;
      if (value === null || !(await stores.records.hasValue(form.formId, form.columns, fieldId, value, null))) continue;
      report({ row, column: setup.columnOf.get(fieldId) ?? null, fieldId, code: 'unique', message: duplicateStored(label)[locale] });
      return false;
    }
    return true;
  };

  /** Whether the write hooks let the row through (their faults reported), and the values they stamped on it, if any. */
  const passed = async (stores: ImportStores, row: number, id: string | null, text: string): Promise<{ readonly stamped: RecordData | undefined } | undefined> => {
    let data = JSON.parse(text) as RecordData;
    let stamped: RecordData | undefined;
    for (const check of checks) {
      const verdict = await check({ id, before: null, data, reason: null, now: setup.now }, stores);
      if (!verdict.ok) {
        for (const fault of verdict.faults) report({ row, column: setup.columnOf.get(fault.fieldId) ?? null, fieldId: fault.fieldId, code: fault.code, message: fault.message[locale] });
        return undefined;
      }
      if (verdict.data !== undefined) data = stamped = verdict.data;
    }
    return { stamped };
  };

  return {
    async checkStored(stores, chunk) {
      if (unique.length === 0 && checks.length === 0) return;
      for (const [position, row] of chunk.rowNumbers.entries()) {
        if (!(await free(stores, row, chunk.cells.slice(position * width, (position + 1) * width)))) continue;
        if (checks.length > 0) await passed(stores, row, null, chunk.json[position] as string);
      }
    },
    async write(tx, chunk) {
      const count = chunk.json.length;
      if (count > setup.ids.length - nextId) throw new Error('an import wrote more rows than its check counted');
      let ids: string[];
      let json: readonly string[] = chunk.json;
      let cells: readonly CellValue[] = chunk.cells;
      if (unique.length === 0 && !hasSerials && checks.length === 0) {
        ids = setup.ids.slice(nextId, nextId + count);
        nextId += count;
      } else {
        ids = [];
        const keptJson: string[] = [];
        const keptCells: CellValue[] = [];
        for (const [position, row] of chunk.rowNumbers.entries()) {
          const rowCells = chunk.cells.slice(position * width, (position + 1) * width);
          if (unique.length > 0 && !(await free(tx, row, rowCells))) continue;
          const id = setup.ids[nextId] as string;
          const text = chunk.json[position] as string;
          const checked = checks.length > 0 ? await passed(tx, row, id, text) : { stamped: undefined };
          if (checked === undefined) continue;
          ids.push(id);
          nextId++;
          const { stamped } = checked;
          if (!hasSerials && stamped === undefined) {
            keptJson.push(text);
            keptCells.push(...rowCells);
            continue;
          }
          const data = hasSerials ? await assignSerials(form.compiled, stamped ?? (JSON.parse(text) as RecordData), (fieldId, period, first) => tx.serials.next(form.formId, fieldId, period, first), localDate) : (stamped as RecordData);
          keptJson.push(JSON.stringify(data));
          appendValueCells(form.columns, data, keptCells);
        }
        json = keptJson;
        cells = keptCells;
      }
      if (setup.failed()) return 0;
      await tx.records.insertMany(
        { formId: form.formId, formVersion: form.version.version, creatorId: viewer.user.id, ownerId: viewer.user.id, ownerDepartmentId: viewer.user.departmentId, createdAt: setup.now, ids, json, cells },
        form.columns,
      );
      return ids.length;
    },
  };
}

function duplicateStored(label: string): Record<Locale, string> {
  return { 'zh-CN': `${label} 的值已被已有记录使用`, en: `${label}: an existing record already has this value` };
}
