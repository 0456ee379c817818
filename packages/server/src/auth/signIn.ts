import type { ServerContext } from '../ServerContext.js';
import type { User } from '../storage/UserStore.js';
import { createSessionToken, hashSessionToken } from './sessionToken.js';

/** Starts a session for a user whose password was just checked; returns the token for the cookie. */
export function signIn(context: Pick<ServerContext, 'stores' | 'settings' | 'now' | 'randomBytes'>, user: User): { token: string; expiresAt: number } {
  const token = createSessionToken(context.randomBytes);
  const time = context.now();
  const expiresAt = time + context.settings.session.absoluteTimeoutMs;
  context.stores.transaction(() => {
    // Housekeeping on the rare write path rather than on a timer.
    context.stores.sessions.deleteExpired(time, context.settings.session.idleTimeoutMs);
    context.stores.sessions.create({ tokenHash: hashSessionToken(token), userId: user.id, createdAt: time, lastSeenAt: time, expiresAt });
  });
  return { token, expiresAt };
}
