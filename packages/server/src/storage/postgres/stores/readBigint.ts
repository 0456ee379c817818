/**
 * A BIGINT column (times in ms, seqs, counts, serial values) as a JavaScript number. `openPostgres`
 * already parses int8 to numbers, but a pool opened any other way hands them over as strings, and
 * `"5"` is not `5` to a caller comparing or adding: the stores read every BIGINT through this, so
 * they return numbers whatever pool they are given. A value beyond 2^53 fails loudly rather than
 * be rounded.
 */
export function readBigint(value: number | string): number {
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isSafeInteger(number)) throw new RangeError(`A BIGINT value ${String(value)} is beyond what a JavaScript number holds exactly`);
  return number;
}

/** `readBigint` for a nullable column. */
export function readNullableBigint(value: number | string | null): number | null {
  return value === null ? null : readBigint(value);
}
