import type { Request, RequestHandler } from 'express';
import { crossSiteRequest, requestedWithRequired, unsupportedMediaType } from './httpErrors.js';
import { isJson } from './parseJsonBody.js';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface CsrfGuardOptions {
  readonly trustProxy: boolean;
  /**
   * Routes that take a raw file body (express syntax, e.g. `/api/forms/:id/import`): a non-JSON
   * body without `X-Requested-With` there is an upload missing its header, not a misdirected
   * form, and is told so.
   */
  readonly uploadPaths?: readonly string[];
}

/**
 * Cross-site request forgery defence for every state-changing `/api` request, two checks deep:
 *
 * 1. It must be a request a plain HTML form or `no-cors` fetch cannot make: `Content-Type:
 *    application/json`, or (for uploads) the `X-Requested-With` header. Both force a CORS
 *    preflight cross-site, and this server answers no preflight, so the browser never sends it.
 * 2. If the browser says where it came from (`Origin`, or `Sec-Fetch-Site: cross-site`), that
 *    must be this very origin: scheme and host. An http page on the same host is another origin
 *    (anyone on the network path can write it), so it may not write to the https site.
 *
 * The session cookie is also `SameSite=Lax`, so most cross-site POSTs arrive without it anyway;
 * these checks cover old browsers and same-site-but-other-origin pages. API clients such as
 * curl send no Origin and pass by sending JSON.
 */
export function csrfGuard(options: CsrfGuardOptions): RequestHandler {
  const uploadPatterns = (options.uploadPaths ?? []).map(routePattern);
  return (req, _res, next) => {
    if (safeMethods.has(req.method)) return next();
    if (req.get('sec-fetch-site')?.toLowerCase() === 'cross-site') return next(crossSiteRequest());
    const origin = req.get('origin');
    if (origin !== undefined && !isSameOrigin(origin, req, options.trustProxy)) return next(crossSiteRequest());
    const contentType = req.get('content-type');
    if (!isJson(contentType) && req.get('x-requested-with') === undefined) {
      const path = `${req.baseUrl}${req.path}`;
      const upload = /^multipart\/form-data/i.test(contentType ?? '') || (contentType !== undefined && uploadPatterns.some((pattern) => pattern.test(path)));
      return next(upload ? requestedWithRequired() : unsupportedMediaType());
    }
    next();
  };
}

function isSameOrigin(origin: string, req: Request, trustProxy: boolean): boolean {
  if (origin === 'null') return false;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  const forwarded = trustProxy ? req.get('x-forwarded-host')?.split(',')[0]?.trim() : undefined;
  const host = (forwarded ?? req.get('host') ?? '').toLowerCase();
  // req.protocol reads X-Forwarded-Proto only when express trusts the proxy (`trust proxy` is trustProxy).
  return host !== '' && parsed.host.toLowerCase() === host && parsed.protocol === `${req.protocol}:`;
}

/** `/api/forms/:id/import` → a RegExp matching its concrete paths. */
function routePattern(path: string): RegExp {
  const segments = path.split('/').map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return new RegExp(`^${segments.join('/')}/?$`);
}
