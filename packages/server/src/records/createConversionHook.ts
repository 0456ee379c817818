import { walkFields, type CompiledForm, type FieldDefinition, type RecordData } from '@formwork/runtime';
import type { Settings } from '../config.js';
import type { FormPublishHook } from '../forms/FormPublishHook.js';
import { createOrgDirectory } from '../cells/OrgDirectory.js';
import { timeZoneAt } from '../query/TimeZone.js';
import { convertFieldValue } from './convertFieldValue.js';
import { replaceFieldValues } from './forEachFieldValue.js';
import { loadRecordForm } from './loadRecordForm.js';
import type { RecordChange } from './RecordChange.js';

/** A value that could not be converted to its field's new type; it was kept as it was. */
export interface UnconvertedValue {
  readonly recordId: string;
  readonly fieldId: string;
  /** Where in the record: `/f_amount`, `/f_items/0/f_qty`. */
  readonly pointer: string;
  readonly value: unknown;
}

/** What the hook reports to the publisher, as `reports.records`. */
export interface ConversionReport {
  /** Records whose data changed. */
  readonly converted: number;
  /** Every value kept unconverted (at most `maxListed` listed; `unconvertedCount` counts all). */
  readonly unconverted: readonly UnconvertedValue[];
  readonly unconvertedCount: number;
}

const maxListed = 1000;

/**
 * The records layer's publish hook. When a field changes type it converts every stored value
 * (deleted records too) inside the publish transaction: converted values are written with a new
 * record version and a `convert` history entry listing each change; a value the engine does not
 * accept for the new type is kept as it was, reported here and in the history (`unconverted`).
 * Afterwards the form's value table is rewritten so filters see the new types. Removed fields
 * need nothing: their values simply stay in the records.
 */
export function createConversionHook(settings: Settings): FormPublishHook {
  return {
    name: 'records',
    async onPublish(event, tx) {
      if (event.changes.retyped.length === 0 || !event.previous) return undefined;
      // Through `tx`: the new version is written but not committed, and the outer stores would wait
      // for this very transaction.
      const form = await loadRecordForm(tx, event.formId);
      if (!form) return undefined;
      const before = new Map<string, FieldDefinition>();
      walkFields(event.previous.schema.fields, (field) => {
        before.set(field.id, field);
      });
      const retyped = new Set(event.changes.retyped.map((change) => change.fieldId));
      const directory = await createOrgDirectory(tx);
      const zone = timeZoneAt(settings.records.timeZone, event.now);
      const unconverted: UnconvertedValue[] = [];
      let unconvertedCount = 0;
      let converted = 0;
      const pending: { id: string; version: number; data: RecordData; changes: RecordChange[] }[] = [];
      let scanned = 0;
      for await (const record of tx.records.iterateForm(event.formId)) {
        scanned++;
        const changes: RecordChange[] = [];
        const data = replaceFieldValues(form.compiled, record.data, ({ field, value, pointer }) => {
          const from = before.get(field.id);
          if (!retyped.has(field.id) || !from || value === undefined) return undefined;
          const next = convertFieldValue(value, from, field, directory, zone);
          const fieldId = field.id;
          if (next !== undefined && JSON.stringify(next) !== JSON.stringify(value) && accepts(form.compiled, record.data, pointer, next)) {
            changes.push({ fieldId, from: value, to: next });
            return next;
          }
          if (next === undefined || !accepts(form.compiled, record.data, pointer, value)) {
            unconvertedCount++;
            if (unconverted.length < maxListed) unconverted.push({ recordId: record.id, fieldId, pointer, value });
            changes.push({ fieldId, from: value, to: value, unconverted: true });
          }
          return undefined;
        });
        if (changes.length > 0) pending.push({ id: record.id, version: record.version, data, changes });
      }
      for (const item of pending) {
        const dataChanged = item.changes.some((change) => change.unconverted !== true);
        let version = item.version;
        if (dataChanged) {
          const updated = await tx.records.update(item.id, item.version, { data: item.data, formVersion: event.next.version, updatedBy: event.publishedBy, updatedAt: event.now }, form.columns);
          if (updated) version = updated.version;
          converted++;
        }
        await tx.history.append({ recordId: item.id, version, action: 'convert', actorId: event.publishedBy, at: event.now, changes: item.changes });
      }
      // A form without records has nothing to convert and nothing to report.
      if (scanned === 0) return undefined;
      await tx.records.rewriteValues(event.formId, form.columns);
      return { converted, unconverted, unconvertedCount } satisfies ConversionReport;
    },
  };
}

/**
 * Whether the engine accepts a value at a pointer for the field's new type: the record is checked
 * with the value in place, and only errors at that pointer count (other fields may be invalid for
 * reasons of their own, e.g. a field made required since).
 */
function accepts(form: CompiledForm, data: RecordData, pointer: string, value: unknown): boolean {
  const segments = pointer.split('/').slice(1);
  const candidate = setAt(data, segments, value);
  const errors = form.validateRecord(candidate, { now: () => 0, locale: 'en' });
  return !errors.some((error) => error.pointer === pointer && error.code !== 'required');
}

function setAt(data: RecordData, segments: readonly string[], value: unknown): Record<string, unknown> {
  const [head, ...rest] = segments;
  const copy: Record<string, unknown> = { ...data };
  if (head === undefined) return copy;
  if (rest.length === 0) {
    copy[head] = value;
    return copy;
  }
  const rows = Array.isArray(copy[head]) ? [...(copy[head] as unknown[])] : [];
  const index = Number(rest[0]);
  const row = rows[index];
  if (typeof row === 'object' && row !== null) rows[index] = setAt(row as RecordData, rest.slice(1), value);
  copy[head] = rows;
  return copy;
}
