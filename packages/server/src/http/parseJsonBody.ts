import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { bodyTooLarge, forbiddenKey, invalidJson, jsonTooDeep, unsupportedMediaType } from './httpErrors.js';
import type { HttpError } from './HttpError.js';
import { escapePointerToken } from './jsonPointer.js';

/** Keys that could reach an object's prototype if some code ever merged the body into an object. */
export const forbiddenJsonKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export interface JsonBodyOptions {
  readonly limitBytes: number;
  readonly maxDepth: number;
}

/**
 * Reads `application/json` bodies into `req.body` and refuses, before any handler sees them:
 * bodies over the limit (413), invalid UTF-8 or JSON (400 `invalid_json`), nesting deeper than
 * `maxDepth` (400 `json_too_deep`, checked on the text so the parser never recurses that deep),
 * and any `__proto__`/`constructor`/`prototype` key at any depth (400 `forbidden_key`; rejected,
 * not stripped, so the caller learns their data was not taken as sent).
 *
 * Other content types are left alone (uploads have their own parser); an empty body is `undefined`.
 */
export function parseJsonBody(options: JsonBodyOptions): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!hasBody(req) || !isJson(req.get('content-type'))) return next();
    const charset = /;\s*charset=("?)([^";]+)\1/i.exec(req.get('content-type') ?? '')?.[2]?.toLowerCase();
    if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') return next(unsupportedMediaType());
    const declared = Number(req.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > options.limitBytes) return refuse(req, res, next, options);

    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    const settle = (error?: unknown): void => {
      if (settled) return;
      settled = true;
      next(error);
    };
    req.on('data', (chunk: Buffer) => {
      if (settled) return; // refused: what still arrives is read and dropped
      received += chunk.length;
      if (received <= options.limitBytes) return void chunks.push(chunk);
      // A chunked body announced no length: refuse it the moment it is over, and close the
      // connection after the answer. Reading on (and dropping) until then is what lets the
      // client see the 413; destroying the request would reset the socket before it is sent.
      chunks.length = 0;
      res.set('Connection', 'close');
      settle(bodyTooLarge(options.limitBytes));
    });
    // The client went away or broke the framing mid-body: nobody may be left to answer, but it is its fault, not ours.
    req.on('error', () => settle(invalidJson()));
    req.on('end', () => {
      if (settled) return;
      const parsed = parseJsonText(Buffer.concat(chunks), options.maxDepth);
      if (!parsed.ok) return settle(parsed.error);
      req.body = parsed.value;
      settle();
    });
  };
}

/** The parse step on its own, for bodies that arrive some other way (e.g. an import file). */
export function parseJsonText(bytes: Uint8Array, maxDepth: number): { ok: true; value: unknown } | { ok: false; error: HttpError } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: invalidJson() };
  }
  if (text.trim() === '') return { ok: true, value: undefined };
  if (nestingDepth(text) > maxDepth) return { ok: false, error: jsonTooDeep(maxDepth) };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: invalidJson() };
  }
  const bad = findForbiddenKey(value);
  return bad ? { ok: false, error: forbiddenKey(bad.pointer, bad.key) } : { ok: true, value };
}

/** The deepest bracket nesting of a JSON text, skipping brackets inside strings. */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c) index++; // backslash: skip the escaped character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) deepest = Math.max(deepest, ++depth);
    else if (char === 0x7d || char === 0x5d) depth--;
  }
  return deepest;
}

/** The first forbidden key anywhere in a parsed value, walked without recursion. */
export function findForbiddenKey(value: unknown): { pointer: string; key: string } | undefined {
  const stack: { value: unknown; pointer: string }[] = [{ value, pointer: '' }];
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item || typeof item.value !== 'object' || item.value === null) continue;
    if (Array.isArray(item.value)) {
      item.value.forEach((element, index) => stack.push({ value: element, pointer: `${item.pointer}/${index}` }));
      continue;
    }
    for (const key of Object.keys(item.value)) {
      const pointer = `${item.pointer}/${escapePointerToken(key)}`;
      if (forbiddenJsonKeys.has(key)) return { pointer, key };
      stack.push({ value: (item.value as Record<string, unknown>)[key], pointer });
    }
  }
  return undefined;
}


function hasBody(req: Request): boolean {
  return req.get('transfer-encoding') !== undefined || Number(req.get('content-length') ?? 0) > 0;
}

/** `application/json` and `application/<anything>+json`. */
export function isJson(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

// Answer once the client has finished sending (so it reads the 413 instead of a reset socket),
// without keeping a byte of what it sent.
function refuse(req: Request, res: Response, next: NextFunction, options: JsonBodyOptions): void {
  const error = bodyTooLarge(options.limitBytes);
  res.set('Connection', 'close');
  if (Number(req.get('content-length')) > drainLimit(options)) return next(error);
  req.resume();
  req.once('end', () => next(error));
  req.once('error', () => next(error));
}

function drainLimit(options: Pick<JsonBodyOptions, 'limitBytes'>): number {
  return options.limitBytes * 16;
}
