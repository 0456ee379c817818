import { isPlainRecord } from './isPlainRecord.js';

/** A form's notion of "no value": null, undefined, `''`, `[]` and `{}`. Whitespace is a value. */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return isPlainRecord(value) && Object.keys(value).length === 0;
}
