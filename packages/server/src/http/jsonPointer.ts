/**
 * Escapes one key for use in an RFC 6901 JSON pointer (`~` → `~0`, `/` → `~1`).
 *
 * @example
 * `/${escapePointerToken('a/b')}` // '/a~1b'
 */
export function escapePointerToken(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
