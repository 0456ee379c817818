import type { FieldDefinition } from '../../engine/index.js';
import type { FilterOperator, FilterTree } from '../api/RecordFilter.js';
import { isNumeric } from './listColumns.js';

/** One line of the filter bar as the user set it; values are the typed text. */
export interface FilterRow {
  readonly field: string;
  readonly op: FilterOperator;
  readonly value: string;
  /** Upper bound of a `range`. */
  readonly value2: string;
}

/** The operators that make sense for a field's type. */
export function operatorsFor(field: FieldDefinition | undefined): readonly FilterOperator[] {
  if (!field) return ['eq', 'ne', 'empty', 'not_empty'];
  // A member is picked from the directory (its value is a user id, which nobody types).
  if (field.type === 'member') return ['eq', 'ne', 'empty', 'not_empty'];
  if (isNumeric(field) || field.type === 'rating' || field.type === 'date' || field.type === 'datetime') return ['eq', 'ne', 'gt', 'lt', 'range', 'empty', 'not_empty'];
  if ('options' in field) return ['eq', 'ne', 'in', 'nin', 'empty', 'not_empty'];
  return ['like', 'eq', 'ne', 'in', 'nin', 'empty', 'not_empty'];
}

/**
 * The server's condition for a row: numbers typed into a number field become numbers, lists
 * are split on commas, `range` gets `[from, to]`. Rows without a value (where one is needed) are
 * left out rather than sent half-made.
 *
 * @example
 * toCondition({ field: 'f_amount', op: 'gt', value: '100', value2: '' }, amountField)
 * // { field: 'f_amount', op: 'gt', value: 100 }
 */
export function toCondition(row: FilterRow, field: FieldDefinition | undefined): FilterTree | undefined {
  const numeric = field !== undefined && (isNumeric(field) || field.type === 'rating');
  const convert = (text: string): string | number => {
    const trimmed = text.trim();
    // Options are typed by label and filtered by value.
    if (field && 'options' in field) return field.options.find((o) => o.label === trimmed || o.value === trimmed)?.value ?? trimmed;
    return numeric && trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed;
  };
  if (row.op === 'empty' || row.op === 'not_empty') return { field: row.field, op: row.op };
  if (row.op === 'range') {
    if (row.value.trim() === '' && row.value2.trim() === '') return undefined;
    return { field: row.field, op: 'range', value: [row.value.trim() === '' ? null : convert(row.value), row.value2.trim() === '' ? null : convert(row.value2)] };
  }
  if (row.value.trim() === '') return undefined;
  if (row.op === 'in' || row.op === 'nin') {
    return { field: row.field, op: row.op, value: row.value.split(/[,，]/).map((v) => v.trim()).filter((v) => v !== '').map(convert) };
  }
  return { field: row.field, op: row.op, value: convert(row.value) };
}
