import { hashPassword } from '../auth/passwordHash.js';
import { ApiRouter } from '../http/ApiRouter.js';
import { HttpError } from '../http/HttpError.js';
import { invalidBody, notFound } from '../http/httpErrors.js';
import { createUserBody, updateUserBody } from '../org/userSchemas.js';
import { directoryEntrySchema, toDirectoryEntry, toUserView, userViewSchema } from '../org/userView.js';
import type { ServerContext } from '../ServerContext.js';
import type { UserChanges } from '../storage/UserStore.js';

const usernameTaken = (): HttpError =>
  new HttpError(409, 'username_taken', { 'zh-CN': '用户名已被使用', en: 'This username is taken' }, [
    { pointer: '/username', code: 'username_taken', message: { 'zh-CN': '用户名已被使用', en: 'This username is taken' } },
  ]);

const unknownDepartment = (): HttpError =>
  invalidBody([{ pointer: '/departmentId', code: 'unknown_department', message: { 'zh-CN': '部门不存在', en: 'No such department' } }]);

const lastAdmin = (): HttpError =>
  new HttpError(409, 'last_admin', {
    'zh-CN': '不能停用或降级最后一位管理员',
    en: 'The last active admin cannot be disabled or given another role',
  });

const listSchema = (items: object) => ({ type: 'object', properties: { items: { type: 'array', items } } });

/**
 * Users. Admins create, list (everything) and change them; everyone else signed in gets a
 * directory (id, name, department of active users) for member pickers. Disabling a user, changing
 * their role or their password ends all their sessions at once.
 */
export function userRoutes(context: ServerContext): ApiRouter {
  const { stores, settings } = context;
  const api = new ApiRouter();

  api.route(
    {
      method: 'post',
      path: '/api/users',
      summary: 'Create a user',
      tags: ['organisation'],
      access: 'admin',
      body: createUserBody,
      responses: {
        201: { description: 'Created', schema: userViewSchema },
        400: { description: 'Invalid body or unknown department' },
        409: { description: 'Username taken (regardless of case)' },
      },
    },
    async ({ res, body }) => {
      // Hashed first: a transaction must await nothing but its own stores.
      const passwordHash = await hashPassword(body.password, settings.passwordHashCost, context.randomBytes);
      const user = await stores.transaction(async (tx) => {
        if (await tx.users.isUsernameTaken(body.username)) throw usernameTaken();
        const departmentId = body.departmentId ?? null;
        if (departmentId !== null && !(await tx.departments.findById(departmentId))) throw unknownDepartment();
        return tx.users.create({
          id: context.newId('usr'),
          username: body.username,
          name: body.name ?? body.username,
          role: body.role ?? 'member',
          departmentId,
          locale: body.locale ?? null,
          passwordHash,
          createdAt: context.now(),
        });
      });
      res.status(201);
      return toUserView(user);
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/users',
      summary: 'List users (admins: everything; others: the directory of active users)',
      tags: ['organisation'],
      access: 'signedIn',
      responses: {
        200: { description: 'Admins get full users; others get { id, name, departmentId }', schema: listSchema({ anyOf: [userViewSchema, directoryEntrySchema] }) },
      },
    },
    async ({ user }) => {
      const users = await stores.users.list();
      return user.role === 'admin'
        ? { items: users.map(toUserView) }
        : { items: users.filter((each) => !each.disabled).map(toDirectoryEntry) };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/users/:id',
      summary: 'One user (admins: everything; others: the directory entry)',
      tags: ['organisation'],
      access: 'signedIn',
      responses: { 200: { description: 'The user', schema: { anyOf: [userViewSchema, directoryEntrySchema] } }, 404: { description: 'No such user' } },
    },
    async ({ user, param }) => {
      const found = await stores.users.findById(param('id'));
      if (!found || (user.role !== 'admin' && found.disabled)) throw notFound();
      return user.role === 'admin' ? toUserView(found) : toDirectoryEntry(found);
    },
  );

  api.route(
    {
      method: 'patch',
      path: '/api/users/:id',
      summary: 'Change a user; disabling, a new role or a new password ends their sessions',
      tags: ['organisation'],
      access: 'admin',
      body: updateUserBody,
      responses: {
        200: { description: 'The changed user', schema: userViewSchema },
        404: { description: 'No such user' },
        409: { description: 'Username taken, or this is the last active admin' },
      },
    },
    async ({ body, param }) => {
      const id = param('id');
      const passwordHash = body.password === undefined ? undefined : await hashPassword(body.password, settings.passwordHashCost, context.randomBytes);
      const changed = await stores.transaction(async (tx) => {
        const current = await tx.users.findById(id);
        if (!current) throw notFound();
        if (body.username !== undefined && (await tx.users.isUsernameTaken(body.username, id))) throw usernameTaken();
        if (body.departmentId && !(await tx.departments.findById(body.departmentId))) throw unknownDepartment();
        const losesAdmin = current.role === 'admin' && !current.disabled && ((body.role !== undefined && body.role !== 'admin') || body.disabled === true);
        if (losesAdmin && (await tx.users.countActiveAdmins()) <= 1) throw lastAdmin();

        const changes: UserChanges = {
          ...(body.username !== undefined ? { username: body.username } : {}),
          ...(body.name !== undefined ? { name: body.name } : {}),
          ...(body.role !== undefined ? { role: body.role } : {}),
          ...(body.departmentId !== undefined ? { departmentId: body.departmentId } : {}),
          ...(body.locale !== undefined ? { locale: body.locale } : {}),
          ...(body.disabled !== undefined ? { disabled: body.disabled } : {}),
          ...(passwordHash !== undefined ? { passwordHash } : {}),
        };
        const updated = await tx.users.update(id, changes, context.now());
        if (!updated) throw notFound();
        const endsSessions = updated.disabled || updated.role !== current.role || passwordHash !== undefined;
        if (endsSessions) await tx.sessions.deleteForUser(id);
        return updated;
      });
      return toUserView(changed);
    },
  );

  return api;
}
