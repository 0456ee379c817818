import { HttpError } from '../http/HttpError.js';
import type { InboxCursor } from '../storage/TaskStore.js';

/** An inbox page's `next` as the client passes it back: opaque, URL-safe. */
export function encodeInboxCursor(cursor: InboxCursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.id])).toString('base64url');
}

/** Reads a cursor from `encodeInboxCursor`; anything else is a 400 `invalid_cursor`. */
export function decodeInboxCursor(text: string): InboxCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'number' && Number.isFinite(parsed[0]) && typeof parsed[1] === 'string') return { at: parsed[0], id: parsed[1] };
  } catch {
    // Not base64url JSON: answered below like any other bad cursor.
  }
  throw new HttpError(400, 'invalid_cursor', { 'zh-CN': '分页游标无效', en: 'The page cursor is invalid' });
}
