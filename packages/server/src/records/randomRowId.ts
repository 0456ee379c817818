/**
 * A new subform row id in the format the renderer gives rows (RFC 4122 v4, as
 * `createIdempotencyKey` makes them), from injected randomness so tests can pin it.
 *
 * @example
 * randomRowId(crypto.randomBytes) // '3f9a0c1e-7b2d-4c5e-9a8b-0123456789ab'
 */
export function randomRowId(randomBytes: (size: number) => Buffer): string {
  const bytes = Buffer.from(randomBytes(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
