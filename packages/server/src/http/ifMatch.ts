import type { Request } from 'express';
import { HttpError } from './HttpError.js';

/**
 * The revision in an `If-Match` header (`"3"`, `W/"3"` or `3`), or undefined when there is none.
 * The designer sends back the `draftRevision`/ETag it read; a mismatch is the handler's 409.
 */
export function readIfMatchRevision(req: Request): number | undefined {
  const header = req.get('if-match');
  if (header === undefined || header.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,15})"?\s*$/.exec(header);
  if (!match?.[1]) {
    throw new HttpError(400, 'invalid_if_match', {
      'zh-CN': 'If-Match 必须是一个修订号，例如 "3"',
      en: 'If-Match must be a revision number such as "3"',
    });
  }
  return Number(match[1]);
}
