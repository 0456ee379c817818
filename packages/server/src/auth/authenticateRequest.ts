import type { RequestHandler } from 'express';
import { requestContext } from '../http/requestContext.js';
import { requestLocale } from '../http/requestLocale.js';
import type { ServerContext } from '../ServerContext.js';
import { clearSessionCookie, readSessionCookie } from './sessionCookie.js';
import { hashSessionToken } from './sessionToken.js';

/** Activity is written back at most this often, so reads do not each cost a write. */
export const sessionTouchIntervalMs = 60_000;

/**
 * Settles who is calling: the session cookie is looked up (by its hash), checked against its idle
 * and absolute ends, and its user is read fresh from the users table, so a disabled user is
 * refused on their very next request. A dead session is deleted and its cookie cleared.
 * Anonymous requests pass through; `ApiRouter` enforces each route's access.
 */
export function authenticateRequest(context: ServerContext): RequestHandler {
  const { stores, settings, now } = context;
  return async (req, res, next) => {
    const request = requestContext(req);
    request.locale = requestLocale(req);
    const token = readSessionCookie(req);
    if (token === undefined) return next();

    const tokenHash = hashSessionToken(token);
    const session = await stores.sessions.find(tokenHash);
    const time = now();
    const user = session ? await stores.users.findById(session.userId) : undefined;
    const alive =
      session !== undefined &&
      user !== undefined &&
      !user.disabled &&
      time < session.expiresAt &&
      time - session.lastSeenAt < settings.session.idleTimeoutMs;
    if (!alive) {
      if (session) await stores.sessions.delete(tokenHash);
      request.sessionEnded = true;
      clearSessionCookie(req, res, settings);
      return next();
    }
    if (time - session.lastSeenAt >= sessionTouchIntervalMs) await stores.sessions.touch(tokenHash, time);
    request.user = user;
    request.session = session;
    request.locale = requestLocale(req, user.locale);
    next();
  };
}
