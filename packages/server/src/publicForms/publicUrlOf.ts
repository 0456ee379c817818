import type { ServerContext } from '../ServerContext.js';

/** How long a public token is: 32 random bytes, base64url (43 characters). */
const tokenBytes = 32;

/**
 * The site-relative URL of a public link (`/p/<token>`) for a form — its own (`userId` null) or
 * a rep's personal one — made the first time it is asked for and the same ever after.
 */
export async function publicUrlOf(context: Pick<ServerContext, 'stores' | 'randomBytes' | 'now'>, formId: string, userId: string | null): Promise<string> {
  const token = context.randomBytes(tokenBytes).toString('base64url');
  const link = await context.stores.publicLinks.ensure(formId, userId, token, context.now());
  return `/p/${link.token}`;
}
