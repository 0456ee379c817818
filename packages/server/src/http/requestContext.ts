import type { Locale } from '@formwork/runtime';
import type { Request } from 'express';
import type { Session } from '../storage/SessionStore.js';
import type { User } from '../storage/UserStore.js';

/** Who is asking (if anyone) and in which language, as settled by the middleware. */
export interface RequestContext {
  locale: Locale;
  /** The signed-in user, read fresh from the users table on this request. */
  user: User | null;
  session: Session | null;
  /** A session cookie came but no longer matches a live session. */
  sessionEnded: boolean;
}

// A WeakMap rather than properties on `req`: typed, and no global Express type augmentation.
const contexts = new WeakMap<Request, RequestContext>();

/** The request's context; before the middleware ran it is anonymous, in the default language. */
export function requestContext(req: Request): RequestContext {
  let context = contexts.get(req);
  if (!context) {
    context = { locale: 'zh-CN', user: null, session: null, sessionEnded: false };
    contexts.set(req, context);
  }
  return context;
}
