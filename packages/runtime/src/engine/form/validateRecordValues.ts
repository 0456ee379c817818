import type { EvaluationContext, FieldError } from './CompiledForm.js';
import { isEmptyValue } from './checks/isEmptyValue.js';
import { checkValidationRule } from './checkValidationRule.js';
import { isPlainObject } from './checks/FieldCheck.js';
import { storedNumber } from './checks/compileNumberCheck.js';
import type { EvaluatedRecord } from './evaluateRecord.js';
import { rowIdRegExp } from './fieldLimits.js';
import type { FieldPlan } from './FieldPlan.js';
import type { FormPlan } from './FormPlan.js';
import { createFieldError } from './messages/createFieldError.js';
import type { Fault } from './messages/createFieldError.js';
import { escapePointerToken } from './recordPointer.js';
import type { RecordInputs, RowValues } from './readRecordInputs.js';

/** What to produce besides the errors. */
export interface ValidationOutput {
  /** Build the record as stored: visible, non-empty values only. */
  readonly record: boolean;
  /** Collect the pointers of visible value fields. */
  readonly visible: boolean;
}

export interface ValidatedRecord {
  readonly errors: readonly FieldError[];
  readonly record?: Record<string, unknown>;
  readonly visible?: Set<string>;
}

const NOT_A_ROW: Fault = { code: 'type', params: { expected: 'row' } };
const BAD_ROW_ID: Fault = { code: 'rowId' };
const NOT_A_RECORD: Fault = { code: 'type', params: { expected: 'record', variant: 'record' } };

/**
 * Validates an evaluated record, visible fields only, in form order: each field (a subform: its
 * own checks, then row by row, cell by cell), then unknown keys, then form-level rules.
 */
export function validateRecordValues(
  plan: FormPlan,
  inputs: RecordInputs,
  evaluated: EvaluatedRecord,
  ctx: EvaluationContext,
  output: ValidationOutput,
): ValidatedRecord {
  const locale = ctx.locale;
  const errors: FieldError[] = [];
  const record: Record<string, unknown> | undefined = output.record ? {} : undefined;
  const visibleSet = output.visible ? new Set<string>() : undefined;
  const { values, visible, rows } = evaluated;
  if (inputs.notAnObject) errors.push(createFieldError('', '', NOT_A_RECORD, { kind: 'form' }, locale));

  for (const field of plan.fields) {
    if (visible[field.id] === false) continue;
    const value = values[field.id];
    visibleSet?.add(field.pointer);
    const fault = field.faultOf(value);
    if (fault !== undefined) errors.push(field.errorOf(fault, locale, field.pointer));
    const states = rows[field.id];
    if (states === undefined) {
      // A subform value that is no list has no rows to store.
      if (record !== undefined && !isEmptyValue(value, field.shape) && !plan.subformsById.has(field.id)) record[field.id] = storedValue(field, value);
      continue;
    }
    const storedRows: RowValues[] = [];
    const seenIds = new Set<unknown>();
    states.forEach((state, rowIndex) => {
      const rowPointer = `${field.pointer}/${rowIndex}`;
      if (inputs.invalidRows.has(state.values)) {
        errors.push(createFieldError(field.id, rowPointer, NOT_A_ROW, { kind: 'row', subformLabel: field.label, rowIndex }, locale));
        return;
      }
      const rowId = state.values._id;
      if (typeof rowId !== 'string' || !rowIdRegExp.test(rowId) || seenIds.has(rowId)) {
        errors.push(createFieldError(field.id, `${rowPointer}/_id`, BAD_ROW_ID, { kind: 'row', subformLabel: field.label, rowIndex }, locale));
      }
      seenIds.add(rowId);
      const stored: RowValues | undefined = record === undefined ? undefined : { _id: rowId };
      for (const column of field.columns) {
        if (state.visible[column.id] === false) continue;
        const cellPointer = `${rowPointer}/${column.id}`;
        visibleSet?.add(cellPointer);
        const cell = state.values[column.id];
        const cellFault = column.faultOf(cell);
        if (cellFault !== undefined) errors.push(column.errorOf(cellFault, locale, cellPointer, { subformLabel: field.label, rowIndex }));
        if (stored !== undefined && !isEmptyValue(cell, column.shape)) stored[column.id] = storedValue(column, cell);
      }
      for (const key of inputs.unknownRowKeys.get(state.values) ?? []) errors.push(unknownKeyError(key, `${rowPointer}/${escapePointerToken(key)}`, locale));
      if (stored !== undefined) storedRows.push(stored);
    });
    if (record !== undefined && storedRows.length > 0) record[field.id] = storedRows;
  }

  for (const key of inputs.unknownKeys) errors.push(unknownKeyError(key, `/${escapePointerToken(key)}`, locale));

  if (plan.validations.length > 0) {
    const isShown = (fieldId: string): boolean => visible[fieldId] !== false;
    for (const node of plan.validations) {
      const error = checkValidationRule(node, evaluated.values, isShown, ctx);
      if (error !== undefined) errors.push(error);
    }
  }
  return { errors, ...(record === undefined ? {} : { record }), ...(visibleSet === undefined ? {} : { visible: visibleSet }) };
}

/** An address is stored without its empty parts, a number of fixed decimals as its decimal (0.1 + 0.2 → 0.3); every other value as it is. */
export function storedValue(field: FieldPlan, value: unknown): unknown {
  if (typeof value === 'number') return storedNumber(value, field.places);
  if (!field.isAddress || !isPlainObject(value)) return value;
  const parts: Record<string, unknown> = {};
  for (const [part, text] of Object.entries(value)) if (text !== null && text !== '' && text !== undefined) parts[part] = text;
  return parts;
}

const MAX_KEY_IN_MESSAGE = 64;

export function unknownKeyError(key: string, pointer: string, locale: EvaluationContext['locale']): FieldError {
  const shown = key.length > MAX_KEY_IN_MESSAGE ? `${key.slice(0, MAX_KEY_IN_MESSAGE)}…` : key;
  return createFieldError(key.length > MAX_KEY_IN_MESSAGE ? shown : key, pointer, { code: 'unknown_field', params: { key: shown } }, { kind: 'form' }, locale);
}
