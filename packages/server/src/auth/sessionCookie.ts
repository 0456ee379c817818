import type { Request, Response } from 'express';
import type { Settings } from '../config.js';

export const sessionCookieName = 'formwork_session';

/** The session token from the Cookie header, if any. */
export function readSessionCookie(req: Request): string | undefined {
  for (const part of (req.get('cookie') ?? '').split(';')) {
    const equals = part.indexOf('=');
    if (equals === -1) continue;
    if (part.slice(0, equals).trim() === sessionCookieName) {
      const value = part.slice(equals + 1).trim();
      // Tokens are base64url; anything else is not ours (and never reaches SQL as-is anyway).
      return /^[A-Za-z0-9_-]{1,128}$/.test(value) ? value : undefined;
    }
  }
  return undefined;
}

/**
 * Sets the session cookie: HttpOnly (no script can read it), SameSite=Lax (not sent on
 * cross-site POSTs), Secure when the request came over https or the settings say always.
 */
export function setSessionCookie(req: Request, res: Response, settings: Settings, token: string, maxAgeMs: number): void {
  res.append('Set-Cookie', cookie(req, settings, token, Math.max(0, Math.floor(maxAgeMs / 1000))));
}

export function clearSessionCookie(req: Request, res: Response, settings: Settings): void {
  res.append('Set-Cookie', cookie(req, settings, '', 0));
}

function cookie(req: Request, settings: Settings, value: string, maxAgeSeconds: number): string {
  const secure = settings.secureCookies === 'always' || (settings.secureCookies === 'auto' && req.secure);
  return [`${sessionCookieName}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Lax', `Max-Age=${maxAgeSeconds}`, ...(secure ? ['Secure'] : [])].join('; ');
}
