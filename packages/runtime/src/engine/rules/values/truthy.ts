/**
 * JSON Logic truthiness (https://jsonlogic.com/truthy): JavaScript's, except that an empty array
 * is falsy.
 */
export function truthy(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : !!value;
}
