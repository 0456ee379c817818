import type { BoundValue } from './FilterPredicate.js';

/** Where the previous page ended: the last record's sort value and sequence number. */
export interface RecordCursor {
  /** `sortKeyOf(sort)` of the list it came from. */
  readonly sortKey: string;
  readonly value: BoundValue | null;
  readonly seq: number;
}

/** Opaque to clients: base64url of a small JSON array. */
export function encodeRecordCursor(cursor: RecordCursor): string {
  return Buffer.from(JSON.stringify([cursor.sortKey, cursor.value, cursor.seq]), 'utf8').toString('base64url');
}

/**
 * Reads a cursor back, or undefined when it is malformed or was made for another sort (a client
 * must start over rather than get a page from the wrong place).
 */
export function decodeRecordCursor(text: string, sortKey: string): RecordCursor | undefined {
  if (text.length > 2000 || !/^[A-Za-z0-9_-]+$/.test(text)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) return undefined;
  const [key, value, seq] = parsed as unknown[];
  if (key !== sortKey || typeof seq !== 'number' || !Number.isSafeInteger(seq)) return undefined;
  if (value !== null && typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value))) return undefined;
  return { sortKey, value, seq };
}
