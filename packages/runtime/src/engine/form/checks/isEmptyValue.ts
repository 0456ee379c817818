import type { FieldValueShape } from '../../fields/fieldValueShapes.js';
import { isPlainObject } from './FieldCheck.js';

const ADDRESS_PARTS: ReadonlySet<string> = new Set(['province', 'city', 'district', 'detail']);
const BLANK = /^\s*$/;

/**
 * Whether a value counts as "not filled in" for a field of the given shape: `undefined`, `null`
 * and `''` always; text of only white space (`'   '`, a full-width space) in text fields; `[]`
 * only where the value is a list (or may be one: lookups); an address with no part. `required`
 * fails on these, other checks skip them, and `prepareSubmission` leaves them out of the record.
 * `0` and `false` are values, and so is `[]` given to a number: a type error, never dropped.
 *
 * @example
 * isEmptyValue('  ', 'line')   // true
 * isEmptyValue([], 'number')   // false — the number check reports it
 */
export function isEmptyValue(value: unknown, shape: FieldValueShape = 'computed'): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (typeof value === 'string') return (shape === 'line' || shape === 'lines') && BLANK.test(value);
  if (Array.isArray(value)) return value.length === 0 && (shape === 'list' || shape === 'computed');
  if (shape === 'address' && isPlainObject(value)) {
    // An unknown key is something, not nothing: it must be reported, not dropped as empty.
    return Object.keys(value).every((part) => {
      const text = value[part];
      return ADDRESS_PARTS.has(part) && (text === undefined || text === null || text === '');
    });
  }
  return false;
}
