import { isPlainObject } from './checks/FieldCheck.js';
import type { FieldPlan } from './FieldPlan.js';
import type { FormPlan } from './FormPlan.js';
import { dictionary } from './dictionary.js';

/** How strictly record data from outside is read. */
export interface ReadMode {
  /** The server's reading: lookups and serials are left out, numeric strings in number fields become numbers, unknown keys are reported. */
  readonly submission: boolean;
}

/** A row of a subform as the engine holds it: `_id` and the known cells. */
export type RowValues = Record<string, unknown>;

/** Record data read into the engine's own objects: known fields only, rows copied. */
export interface RecordInputs {
  /** Top-level values by field id; a subform holds an array of RowValues (or its value as given if that is no array). */
  readonly values: Record<string, unknown>;
  /** Rows that were no objects (their RowValues are empty stand-ins). */
  readonly invalidRows: ReadonlySet<RowValues>;
  /** Unknown keys of rows, by row (submission only). */
  readonly unknownRowKeys: ReadonlyMap<RowValues, readonly string[]>;
  /** Unknown top-level keys (submission only), in the data's key order. */
  readonly unknownKeys: readonly string[];
  /** Whether the data was no object at all. */
  readonly notAnObject: boolean;
}

const MAX_NUMERIC_TEXT = 64;
const NUMERIC = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/**
 * Reads a numeric string as a number (`' 12.50 '` → 12.5): the one coercion the server does,
 * because CSV imports and plain HTML inputs send numbers as text. Anything else is kept as given.
 */
export function coerceNumeric(value: unknown): unknown {
  // The length bound keeps the pattern's backtracking away from megabyte strings.
  return typeof value === 'string' && value.length <= MAX_NUMERIC_TEXT && NUMERIC.test(value) ? Number(value) : value;
}

function readOwnKey(data: Readonly<Record<string, unknown>>, plan: FieldPlan): unknown {
  return plan.shadowsPrototype ? (Object.hasOwn(data, plan.id) ? data[plan.id] : undefined) : data[plan.id];
}

/**
 * Counts the keys of data (inherited enumerable ones too, which JSON never has): a count above
 * the known keys found only sends the reader to look at the own keys one by one.
 */
function countKeys(data: object): number {
  let count = 0;
  for (const _key in data) count += 1;
  return count;
}

/**
 * Copies the known fields of record data into fresh objects: formula values are dropped (they
 * are recomputed), as are lookups and serials on submission. Never throws, whatever the data.
 */
export function readRecordInputs(plan: FormPlan, data: unknown, mode: ReadMode): RecordInputs {
  const invalidRows = new Set<RowValues>();
  const unknownRowKeys = new Map<RowValues, string[]>();
  const values = dictionary<unknown>();
  const notAnObject = !isPlainObject(data);
  const source: Readonly<Record<string, unknown>> = notAnObject ? {} : data;
  let present = 0;
  for (const field of plan.fields) {
    const raw = readOwnKey(source, field);
    if (raw !== undefined) present += 1;
    if (field.computed === 'formula' || (field.computed === 'server' && mode.submission)) {
      values[field.id] = undefined;
      continue;
    }
    if (field.columns.length > 0 || field.entry.field.type === 'subform') {
      values[field.id] = Array.isArray(raw) ? readRows(field, raw, mode, invalidRows, unknownRowKeys) : raw;
      continue;
    }
    values[field.id] = mode.submission && field.numeric ? coerceNumeric(raw) : raw;
  }
  const unknownKeys: string[] = [];
  if (mode.submission && !notAnObject && countKeys(source) !== present) {
    for (const key of Object.keys(source)) {
      if (!plan.fieldsById.has(key) || plan.fieldsById.get(key)?.entry.subform !== undefined) unknownKeys.push(key);
    }
  }
  return { values, invalidRows, unknownRowKeys, unknownKeys, notAnObject };
}

function readRows(
  subform: FieldPlan,
  rows: readonly unknown[],
  mode: ReadMode,
  invalidRows: Set<RowValues>,
  unknownRowKeys: Map<RowValues, string[]>,
): RowValues[] {
  return rows.map((row) => {
    if (!isPlainObject(row)) {
      const standIn: RowValues = Object.assign(dictionary<unknown>(), { _id: undefined });
      invalidRows.add(standIn);
      return standIn;
    }
    const values: RowValues = Object.assign(dictionary<unknown>(), { _id: Object.hasOwn(row, '_id') ? row._id : undefined });
    let present = values._id === undefined ? 0 : 1;
    for (const column of subform.columns) {
      const raw = readOwnKey(row, column);
      if (raw !== undefined) present += 1;
      if (column.computed === 'formula' || (column.computed === 'server' && mode.submission)) {
        values[column.id] = undefined;
        continue;
      }
      values[column.id] = mode.submission && column.numeric ? coerceNumeric(raw) : raw;
    }
    if (mode.submission && countKeys(row) !== present) {
      const unknown = Object.keys(row).filter((key) => key !== '_id' && !subform.columns.some((column) => column.id === key));
      if (unknown.length > 0) unknownRowKeys.set(values, unknown);
    }
    return values;
  });
}
