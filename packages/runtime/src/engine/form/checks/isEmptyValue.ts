import { isPlainObject } from './FieldCheck.js';

const ADDRESS_PARTS: ReadonlySet<string> = new Set(['province', 'city', 'district', 'detail']);

/**
 * Whether a value counts as "not filled in": `undefined`, `null`, `''`, `[]`, or an address
 * with no part. `required` fails on these, other checks skip them, and `prepareSubmission`
 * leaves them out of the record. `0` and `false` are values.
 */
export function isEmptyValue(value: unknown, isAddress = false): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isAddress && isPlainObject(value)) {
    // An unknown key is something, not nothing: it must be reported, not dropped as empty.
    return Object.keys(value).every((part) => {
      const text = value[part];
      return ADDRESS_PARTS.has(part) && (text === undefined || text === null || text === '');
    });
  }
  return false;
}
