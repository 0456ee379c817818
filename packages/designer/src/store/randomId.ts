/**
 * The browser's id maker for new fields and rules: a type-free prefix and 10 random base-36
 * characters from the platform's cryptographic generator (ids only need to be unique in a form;
 * the store retries on the rare clash).
 *
 * @example
 * randomId('number') // 'f_k3v9q0x2ma'
 */
export function randomId(type: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  const tail = Array.from(bytes, (byte) => (byte % 36).toString(36)).join('');
  return `${type === 'rule' ? 'r' : 'f'}_${tail}`;
}
