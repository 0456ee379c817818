import type { Locale } from '@formwork/runtime';
import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import type { Logger } from '../Logger.js';
import { HttpError, type ErrorDetails } from './HttpError.js';
import { internalError, notFound } from './httpErrors.js';
import { requestContext } from './requestContext.js';
import { requestLocale } from './requestLocale.js';

/** The one shape of every failure the API sends. */
export interface ErrorEnvelope {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly details: unknown;
  };
}

/** Builds the envelope for an error in a language: LocalizedText messages become strings. */
export function errorEnvelope(error: HttpError, locale: Locale): ErrorEnvelope {
  return { error: { code: error.code, message: error.text[locale], details: localizeDetails(error.details, locale) } };
}

function localizeDetails(details: ErrorDetails | undefined, locale: Locale): unknown {
  if (details === undefined) return null;
  if (!Array.isArray(details)) return details;
  return (details as Extract<ErrorDetails, readonly unknown[]>).map((detail) => ({
    ...detail,
    message: typeof detail.message === 'string' ? detail.message : detail.message[locale],
  }));
}

/** 404 in the envelope for any `/api/*` path no router claimed. */
export const apiNotFound: RequestHandler = (_req, _res, next) => next(notFound());

/**
 * The last middleware: turns anything thrown into the envelope. Unknown errors are logged and
 * answered with a bare 500 (no stack, no SQL text leaks to the client).
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    const httpError = toHttpError(error);
    if (httpError.status >= 500) logger.error(`${req.method} ${req.originalUrl} failed`, error);
    res.status(httpError.status).set(httpError.headers).set('Cache-Control', 'no-store');
    res.json(errorEnvelope(httpError, localeOf(req)));
  };
}

function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  // Errors from express's own body/URL handling carry a 4xx `status` (e.g. a malformed %-escape).
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new HttpError(status, 'bad_request', { 'zh-CN': '请求无效', en: 'Bad request' });
  }
  return internalError();
}

// Errors raised before authentication ran (bad JSON, CSRF) still answer in the caller's language.
function localeOf(req: Request): Locale {
  const context = requestContext(req);
  return context.user ? context.locale : requestLocale(req);
}
