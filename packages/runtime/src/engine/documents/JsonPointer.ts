/**
 * RFC 6901 JSON pointers: `''` is the whole document, `/fields/2/label` a property inside it.
 * Every `DocumentIssue.pointer` is one, so that the designer can select the faulty field.
 */

/**
 * Appends one reference token to a pointer, escaping `~` and `/` as RFC 6901 requires.
 *
 * @example
 * appendPointer('/fields/2', 'label') // '/fields/2/label'
 * appendPointer('', 'a/b')            // '/a~1b'
 */
export function appendPointer(pointer: string, token: string | number): string {
  return `${pointer}/${String(token).replaceAll('~', '~0').replaceAll('/', '~1')}`;
}

/**
 * Splits a pointer into its unescaped reference tokens.
 *
 * @example
 * splitPointer('/fields/2/a~1b') // ['fields', '2', 'a/b']
 */
export function splitPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/**
 * The value a pointer designates inside `document`, or `undefined` when it designates nothing.
 * Only own properties are followed, so `/__proto__` never reaches a prototype.
 */
export function resolvePointer(document: unknown, pointer: string): unknown {
  let current: unknown = document;
  for (const token of splitPointer(pointer)) {
    if (Array.isArray(current)) {
      if (!/^(0|[1-9][0-9]*)$/.test(token)) return undefined;
      current = current[Number(token)];
    } else if (typeof current === 'object' && current !== null && Object.hasOwn(current, token)) {
      current = (current as Record<string, unknown>)[token];
    } else {
      return undefined;
    }
  }
  return current;
}
