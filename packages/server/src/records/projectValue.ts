import type { ValueColumn } from './ValueColumn.js';

/** What a value-table cell holds: SQLite has no booleans and no arrays. */
export type CellValue = string | number | null;

/**
 * A record value as its value-table column holds it: empty values as NULL (so `empty` is `IS
 * NULL`), date-times normalised to UTC text (text order = time order), lists as JSON arrays,
 * addresses as one searchable line, files and subforms as their count. A value of another type
 * than the field's (kept after a failed conversion) is stored as it is, so nothing is hidden.
 *
 * @example
 * projectValue(datetimeColumn, '2025-01-06T09:00:00+08:00') // '2025-01-06T01:00:00.000Z'
 */
export function projectValue(column: Pick<ValueColumn, 'kind' | 'fieldType'>, value: unknown): CellValue {
  if (value === undefined || value === null || value === '') return null;
  if (Array.isArray(value) && value.length === 0) return null;
  switch (column.kind) {
    case 'count':
      return Array.isArray(value) ? value.length : scalar(value);
    case 'list':
      return Array.isArray(value) ? JSON.stringify(value) : scalar(value);
    case 'datetime': {
      const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
      return Number.isFinite(time) ? new Date(time).toISOString() : scalar(value);
    }
    default:
      if (column.fieldType === 'address' && isObject(value)) return addressLine(value);
      if (column.fieldType === 'location' && isObject(value)) return typeof value['address'] === 'string' ? value['address'] : `${String(value['lat'])},${String(value['lng'])}`;
      return scalar(value);
  }
}

function scalar(value: unknown): CellValue {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return JSON.stringify(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `广东省 深圳市 南山区 科技园` — the parts present, in order. */
export function addressLine(value: Readonly<Record<string, unknown>>): string | null {
  const parts = ['province', 'city', 'district', 'detail'].map((part) => value[part]).filter((part): part is string => typeof part === 'string' && part !== '');
  return parts.length > 0 ? parts.join(' ') : null;
}
