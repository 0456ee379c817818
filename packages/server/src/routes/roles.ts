import { ApiRouter } from '../http/ApiRouter.js';
import { HttpError } from '../http/HttpError.js';
import { invalidBody, notFound } from '../http/httpErrors.js';
import { v } from '../http/validation/v.js';
import { idSchema } from '../org/userSchemas.js';
import type { ServerContext } from '../ServerContext.js';
import type { OrgRole, RoleMembership } from '../storage/RoleStore.js';
import type { Stores } from '../storage/Stores.js';

const roleName = v.string({ minLength: 1, maxLength: 60, trim: true });
const roleDescription = v.string({ maxLength: 200, trim: true });
const memberIds = v.array(idSchema, { maxItems: 5000 });

const createRoleBody = v.object({
  name: roleName,
  description: v.optional(roleDescription),
  memberIds: v.optional(memberIds),
});

const updateRoleBody = v.object({
  name: v.optional(roleName),
  description: v.optional(roleDescription),
  memberIds: v.optional(memberIds),
});

const roleSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    description: { type: 'string' },
    memberIds: { type: 'array', items: { type: 'string' } },
  },
};

function toRoleView(role: OrgRole, memberships: readonly RoleMembership[]) {
  return {
    id: role.id,
    name: role.name,
    description: role.description,
    memberIds: memberships.filter((membership) => membership.roleId === role.id).map((membership) => membership.userId),
  };
}

/**
 * Organisation roles (角色: 财务, 销售总监, 人力资源): named groups across the department tree that
 * workflow nodes name as approvers. Everyone signed in may read them (the designer's pickers, the
 * app's timeline); admins create, rename, staff and delete them. Names are unique, compared
 * without case; deleting a role leaves the workflows naming it with nobody there (the node's
 * "nobody resolved" rule applies), so the designer shows a role's use before deleting.
 */
export function roleRoutes(context: ServerContext): ApiRouter {
  const { stores } = context;
  const api = new ApiRouter();

  const checkName = async (tx: Stores, name: string, except: string | null): Promise<void> => {
    const key = name.toLocaleLowerCase();
    if ((await tx.roles.list()).some((role) => role.id !== except && role.name.toLocaleLowerCase() === key)) {
      throw new HttpError(409, 'role_name_taken', { 'zh-CN': `已有名为“${name}”的角色`, en: `A role named "${name}" already exists` });
    }
  };
  const checkMembers = async (tx: Stores, ids: readonly string[]): Promise<void> => {
    for (const [index, id] of ids.entries()) {
      if (!(await tx.users.findById(id))) {
        throw invalidBody([{ pointer: `/memberIds/${String(index)}`, code: 'unknown_user', message: { 'zh-CN': '成员不存在', en: 'No such user' } }]);
      }
    }
  };
  const view = async (tx: Stores, role: OrgRole) => toRoleView(role, await tx.roles.memberships());

  api.route(
    {
      method: 'get',
      path: '/api/roles',
      summary: 'Organisation roles and who holds them',
      tags: ['organisation'],
      access: 'signedIn',
      responses: { 200: { description: 'Every role, by name', schema: { type: 'object', properties: { items: { type: 'array', items: roleSchema } } } } },
    },
    async () => {
      const [roles, memberships] = await Promise.all([stores.roles.list(), stores.roles.memberships()]);
      return { items: roles.map((role) => toRoleView(role, memberships)) };
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/roles',
      summary: 'Create a role, with its members',
      tags: ['organisation'],
      access: 'admin',
      body: createRoleBody,
      responses: { 201: { description: 'Created', schema: roleSchema }, 400: { description: 'Invalid body or unknown member' }, 409: { description: 'The name is taken' } },
    },
    async ({ res, body }) => {
      const created = await stores.transaction(async (tx) => {
        await checkName(tx, body.name, null);
        await checkMembers(tx, body.memberIds ?? []);
        const role = await tx.roles.create({ id: context.newId('rol'), name: body.name, description: body.description ?? '', createdAt: context.now() });
        if (body.memberIds) await tx.roles.setMembers(role.id, [...new Set(body.memberIds)]);
        return view(tx, role);
      });
      res.status(201);
      return created;
    },
  );

  api.route(
    {
      method: 'patch',
      path: '/api/roles/:id',
      summary: 'Rename a role, describe it, or replace its members',
      tags: ['organisation'],
      access: 'admin',
      body: updateRoleBody,
      responses: {
        200: { description: 'The changed role', schema: roleSchema },
        400: { description: 'Invalid body or unknown member' },
        404: { description: 'No such role' },
        409: { description: 'The name is taken' },
      },
    },
    async ({ body, param }) => {
      const id = param('id');
      return stores.transaction(async (tx) => {
        if (!(await tx.roles.findById(id))) throw notFound();
        if (body.name !== undefined) await checkName(tx, body.name, id);
        if (body.memberIds) {
          await checkMembers(tx, body.memberIds);
          await tx.roles.setMembers(id, [...new Set(body.memberIds)]);
        }
        const role = await tx.roles.update(id, { ...(body.name === undefined ? {} : { name: body.name }), ...(body.description === undefined ? {} : { description: body.description }) }, context.now());
        if (!role) throw notFound();
        return view(tx, role);
      });
    },
  );

  api.route(
    {
      method: 'delete',
      path: '/api/roles/:id',
      summary: 'Delete a role and its memberships',
      tags: ['organisation'],
      access: 'admin',
      responses: { 204: { description: 'Deleted' }, 404: { description: 'No such role' } },
    },
    async ({ res, param }) => {
      const id = param('id');
      await stores.transaction(async (tx) => {
        if (!(await tx.roles.findById(id))) throw notFound();
        await tx.roles.delete(id);
      });
      res.status(204).end();
    },
  );

  return api;
}
