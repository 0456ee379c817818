import type { Request, RequestHandler } from 'express';
import { crossSiteRequest, unsupportedMediaType } from './httpErrors.js';
import { isJson } from './parseJsonBody.js';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery defence for every state-changing `/api` request, two checks deep:
 *
 * 1. It must be a request a plain HTML form or `no-cors` fetch cannot make: `Content-Type:
 *    application/json`, or (for uploads) the `X-Requested-With` header. Both force a CORS
 *    preflight cross-site, and this server answers no preflight, so the browser never sends it.
 * 2. If the browser says where it came from (`Origin`, or `Sec-Fetch-Site: cross-site`), that
 *    must be this very host.
 *
 * The session cookie is also `SameSite=Lax`, so most cross-site POSTs arrive without it anyway;
 * these checks cover old browsers and same-site-but-other-origin pages. API clients such as
 * curl send no Origin and pass by sending JSON.
 */
export function csrfGuard(options: { readonly trustProxy: boolean }): RequestHandler {
  return (req, _res, next) => {
    if (safeMethods.has(req.method)) return next();
    if (req.get('sec-fetch-site')?.toLowerCase() === 'cross-site') return next(crossSiteRequest());
    const origin = req.get('origin');
    if (origin !== undefined && !isSameHost(origin, req, options.trustProxy)) return next(crossSiteRequest());
    if (!isJson(req.get('content-type')) && req.get('x-requested-with') === undefined) return next(unsupportedMediaType());
    next();
  };
}

function isSameHost(origin: string, req: Request, trustProxy: boolean): boolean {
  if (origin === 'null') return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return false;
  }
  const forwarded = trustProxy ? req.get('x-forwarded-host')?.split(',')[0]?.trim() : undefined;
  const host = (forwarded ?? req.get('host') ?? '').toLowerCase();
  return host !== '' && originHost === host;
}
