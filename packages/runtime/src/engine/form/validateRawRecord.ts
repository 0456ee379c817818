import type { EvaluationContext, FieldError } from './CompiledForm.js';
import { isPlainObject } from './checks/FieldCheck.js';
import { isEmptyValue } from './checks/isEmptyValue.js';
import { rowIdRegExp } from './fieldLimits.js';
import type { FieldPlan } from './FieldPlan.js';
import type { FormPlan } from './FormPlan.js';
import { createFieldError } from './messages/createFieldError.js';
import type { Fault } from './messages/createFieldError.js';
import { coerceNumeric } from './readRecordInputs.js';
import { escapePointerToken } from './recordPointer.js';
import { storedValue, unknownKeyError } from './validateRecordValues.js';
import type { ValidatedRecord } from './validateRecordValues.js';

const NOT_A_ROW: Fault = { code: 'type', params: { expected: 'row' } };
const BAD_ROW_ID: Fault = { code: 'rowId' };
const NOT_A_RECORD: Fault = { code: 'type', params: { expected: 'record', variant: 'record' } };

/** Whether a form can be validated straight from the submitted data: nothing to compute, nothing hides. */
export function canValidateRaw(plan: FormPlan): boolean {
  return !plan.hasRules && !plan.hasStaticDefaults;
}

function readOwn(data: Readonly<Record<string, unknown>>, field: FieldPlan): unknown {
  return field.shadowsPrototype ? (Object.hasOwn(data, field.id) ? data[field.id] : undefined) : data[field.id];
}

function ownKeyCount(data: object): number {
  let count = 0;
  for (const key in data) if (Object.hasOwn(data, key)) count += 1;
  return count;
}

/**
 * The submission path of a form without rules or defaults, in one pass over the data as given
 * (no copy to evaluate): what `readRecordInputs` + `evaluateRecord` + `validateRecordValues`
 * would report, and the same stored record. The contract test holds the two paths equal.
 */
export function validateRawRecord(plan: FormPlan, data: unknown, ctx: EvaluationContext, buildRecord: boolean): ValidatedRecord {
  const locale = ctx.locale;
  const errors: FieldError[] = [];
  const record: Record<string, unknown> | undefined = buildRecord ? {} : undefined;
  const notAnObject = !isPlainObject(data);
  const source: Readonly<Record<string, unknown>> = notAnObject ? {} : data;
  if (notAnObject) errors.push(createFieldError('', '', NOT_A_RECORD, { kind: 'form' }, locale));
  let present = 0;
  for (const field of plan.fields) {
    const raw = readOwn(source, field);
    if (raw !== undefined) present += 1;
    if (field.computed === 'server') continue;
    if (field.columns.length === 0 && field.entry.field.type !== 'subform') {
      const value = field.numeric ? coerceNumeric(raw) : raw;
      const fault = field.faultOf(value);
      if (fault !== undefined) errors.push(field.errorOf(fault, locale, field.pointer));
      if (record !== undefined && !isEmptyValue(value, field.shape)) record[field.id] = storedValue(field, value);
      continue;
    }
    const fault = field.faultOf(raw);
    if (fault !== undefined) errors.push(field.errorOf(fault, locale, field.pointer));
    if (!Array.isArray(raw)) continue;
    const storedRows: Record<string, unknown>[] = [];
    const seenIds = new Set<unknown>();
    (raw as readonly unknown[]).forEach((row, rowIndex) => {
      const rowPointer = `${field.pointer}/${rowIndex}`;
      if (!isPlainObject(row)) {
        errors.push(createFieldError(field.id, rowPointer, NOT_A_ROW, { kind: 'row', subformLabel: field.label, rowIndex }, locale));
        return;
      }
      const rowId = Object.hasOwn(row, '_id') ? row._id : undefined;
      if (typeof rowId !== 'string' || !rowIdRegExp.test(rowId) || seenIds.has(rowId)) {
        errors.push(createFieldError(field.id, `${rowPointer}/_id`, BAD_ROW_ID, { kind: 'row', subformLabel: field.label, rowIndex }, locale));
      }
      seenIds.add(rowId);
      let rowPresent = rowId === undefined ? 0 : 1;
      const stored: Record<string, unknown> | undefined = record === undefined ? undefined : { _id: rowId };
      for (const column of field.columns) {
        const cellRaw = readOwn(row, column);
        if (cellRaw !== undefined) rowPresent += 1;
        if (column.computed === 'server') continue;
        const cell = column.numeric ? coerceNumeric(cellRaw) : cellRaw;
        const cellFault = column.faultOf(cell);
        if (cellFault !== undefined) errors.push(column.errorOf(cellFault, locale, `${rowPointer}/${column.id}`, { subformLabel: field.label, rowIndex }));
        if (stored !== undefined && !isEmptyValue(cell, column.shape)) stored[column.id] = storedValue(column, cell);
      }
      if (ownKeyCount(row) !== rowPresent) {
        for (const key of Object.keys(row)) {
          if (key !== '_id' && !field.columns.some((column) => column.id === key)) errors.push(unknownKeyError(key, `${rowPointer}/${escapePointerToken(key)}`, locale));
        }
      }
      if (stored !== undefined) storedRows.push(stored);
    });
    if (record !== undefined && storedRows.length > 0) record[field.id] = storedRows;
  }
  if (!notAnObject && ownKeyCount(source) !== present) {
    for (const key of Object.keys(source)) {
      const known = plan.fieldsById.get(key);
      if (known === undefined || known.entry.subform !== undefined) errors.push(unknownKeyError(key, `/${escapePointerToken(key)}`, locale));
    }
  }
  return { errors, ...(record === undefined ? {} : { record }) };
}
