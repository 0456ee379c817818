import type { ServerContext } from '../ServerContext.js';
import type { User } from '../storage/UserStore.js';
import { createSessionToken, hashSessionToken } from './sessionToken.js';

/** Starts a session for a user whose password was just checked; returns the token for the cookie. */
export async function signIn(context: Pick<ServerContext, 'stores' | 'settings' | 'now' | 'randomBytes'>, user: User): Promise<{ token: string; expiresAt: number }> {
  const token = createSessionToken(context.randomBytes);
  const time = context.now();
  const expiresAt = time + context.settings.session.absoluteTimeoutMs;
  await context.stores.transaction(async (tx) => {
    // Housekeeping on the rare write path rather than on a timer.
    await tx.sessions.deleteExpired(time, context.settings.session.idleTimeoutMs);
    await tx.sessions.create({ tokenHash: hashSessionToken(token), userId: user.id, createdAt: time, lastSeenAt: time, expiresAt });
  });
  return { token, expiresAt };
}
