import type { LocalizedText } from '@formwork/runtime';

/** One fault inside a request, e.g. a body property or a form-schema node. */
export interface ErrorDetail {
  /** RFC 6901 pointer into the request body (or the document it carries). */
  readonly pointer: string;
  readonly code: string;
  /** Localised when the envelope is written; a plain string is sent as it is. */
  readonly message: LocalizedText | string;
  readonly params?: Readonly<Record<string, unknown>>;
}

/** What an error may carry besides its message: a list of faults or any JSON object. */
export type ErrorDetails = readonly ErrorDetail[] | Readonly<Record<string, unknown>>;

/**
 * Every failure the API reports. Thrown anywhere in a handler (sync or async); the error handler
 * turns it into `{ error: { code, message, details } }` in the caller's language.
 *
 * @example
 * throw new HttpError(409, 'stale_record', { 'zh-CN': '记录已被他人修改', en: 'Someone else changed this record' });
 */
export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly text: LocalizedText;
  readonly details: ErrorDetails | undefined;
  /** Extra response headers, e.g. `Retry-After`. */
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    status: number,
    code: string,
    text: LocalizedText,
    details?: ErrorDetails,
    headers: Readonly<Record<string, string>> = {},
  ) {
    super(text.en);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
    this.text = text;
    this.details = details;
    this.headers = headers;
  }
}
