/**
 * The text a form value reads as: null and undefined are empty, lists are joined with `, `,
 * objects are written as JSON. Never `'null'` nor `'[object Object]'`.
 */
export function toText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(toText).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
