import { hashPassword, verifyPassword } from '../auth/passwordHash.js';
import { clearSessionCookie, setSessionCookie } from '../auth/sessionCookie.js';
import { signIn } from '../auth/signIn.js';
import { ApiRouter } from '../http/ApiRouter.js';
import { HttpError } from '../http/HttpError.js';
import { tooManyAttempts } from '../http/httpErrors.js';
import { v } from '../http/validation/v.js';
import { changeOwnPasswordBody } from '../org/userSchemas.js';
import { meViewSchema, toMeView } from '../org/meView.js';
import type { ServerContext } from '../ServerContext.js';

const loginBody = v.object({
  username: v.string({ minLength: 1, maxLength: 64, trim: true }),
  password: v.string({ minLength: 1, maxLength: 256, singleLine: false }),
});

const invalidCredentials = (): HttpError =>
  new HttpError(401, 'invalid_credentials', { 'zh-CN': '用户名或密码错误', en: 'Wrong username or password' });

// Checked against when the username is unknown, so both failures take the same time.
const dummyHashes = new Map<number, Promise<string>>();

/** Sign in, sign out, who am I, change my password. */
export function authRoutes(context: ServerContext): ApiRouter {
  const { stores, settings, loginLimiter } = context;
  const api = new ApiRouter();

  api.route(
    {
      method: 'post',
      path: '/api/auth/login',
      summary: 'Sign in; sets the httpOnly session cookie',
      tags: ['auth'],
      access: 'public',
      body: loginBody,
      responses: {
        200: { description: 'Signed in', schema: meViewSchema },
        401: { description: 'Wrong username or password' },
        403: { description: 'The account is disabled' },
        429: { description: 'Too many failures; see Retry-After' },
      },
    },
    async ({ req, res, body, locale }) => {
      // See LoginRateLimiter: locks of this account are checked before and after the password,
      // the per-address limit only after it, and only for a wrong password.
      const attempt = { username: body.username, address: req.ip ?? '' };
      const lockedMs = await loginLimiter.waitBeforeCheck(attempt);
      if (lockedMs > 0) throw tooManyAttempts(Math.ceil(lockedMs / 1000));
      const credentials = await stores.users.findCredentials(body.username);
      const ok = await verifyPassword(body.password, credentials?.passwordHash ?? (await dummyHash(context)));
      if (!credentials || !ok) {
        const waitMs = await loginLimiter.recordFailure(attempt);
        throw waitMs > 0 ? tooManyAttempts(Math.ceil(waitMs / 1000)) : invalidCredentials();
      }
      const waitMs = await loginLimiter.admitSuccess(attempt);
      if (waitMs > 0) throw tooManyAttempts(Math.ceil(waitMs / 1000));
      if (credentials.user.disabled) {
        throw new HttpError(403, 'account_disabled', { 'zh-CN': '账号已停用，请联系管理员', en: 'This account is disabled; ask an admin' });
      }
      const { token, expiresAt } = await signIn(context, credentials.user);
      setSessionCookie(req, res, settings, token, expiresAt - context.now());
      return toMeView(context, credentials.user, locale);
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/auth/logout',
      summary: 'Sign out: ends this session and clears the cookie',
      tags: ['auth'],
      access: 'public',
      responses: { 204: { description: 'Signed out (also when not signed in)' } },
    },
    async ({ req, res, session }) => {
      if (session) await stores.sessions.delete(session.tokenHash);
      clearSessionCookie(req, res, settings);
      res.status(204).end();
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/me',
      summary: 'The signed-in user, their role, department and language',
      tags: ['auth'],
      access: 'signedIn',
      responses: { 200: { description: 'Who you are', schema: meViewSchema }, 401: { description: 'Not signed in' } },
    },
    ({ user, locale }) => toMeView(context, user, locale),
  );

  api.route(
    {
      method: 'post',
      path: '/api/me/password',
      summary: 'Change your own password; ends your other sessions',
      tags: ['auth'],
      access: 'signedIn',
      body: changeOwnPasswordBody,
      responses: { 204: { description: 'Changed' }, 400: { description: 'Current password wrong or new one invalid' } },
    },
    async ({ res, user, session, body }) => {
      const credentials = await stores.users.findCredentials(user.username);
      if (!credentials || !(await verifyPassword(body.currentPassword, credentials.passwordHash))) {
        throw new HttpError(400, 'wrong_password', { 'zh-CN': '当前密码不正确', en: 'The current password is wrong' }, [
          { pointer: '/currentPassword', code: 'wrong_password', message: { 'zh-CN': '当前密码不正确', en: 'The current password is wrong' } },
        ]);
      }
      const passwordHash = await hashPassword(body.newPassword, settings.passwordHashCost, context.randomBytes);
      await stores.transaction(async (tx) => {
        await tx.users.update(user.id, { passwordHash }, context.now());
        await tx.sessions.deleteForUser(user.id, session?.tokenHash);
      });
      res.status(204).end();
    },
  );

  return api;
}

function dummyHash(context: ServerContext): Promise<string> {
  const cost = context.settings.passwordHashCost;
  let hash = dummyHashes.get(cost);
  if (!hash) {
    hash = hashPassword('not a password', cost, context.randomBytes);
    dummyHashes.set(cost, hash);
  }
  return hash;
}
