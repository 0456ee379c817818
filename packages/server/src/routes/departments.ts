import { ApiRouter } from '../http/ApiRouter.js';
import { HttpError } from '../http/HttpError.js';
import { invalidBody, notFound } from '../http/httpErrors.js';
import { v } from '../http/validation/v.js';
import { buildDepartmentTree, departmentNodeSchema } from '../org/departmentTree.js';
import { idSchema } from '../org/userSchemas.js';
import type { ServerContext } from '../ServerContext.js';
import type { Department } from '../storage/DepartmentStore.js';
import type { Stores } from '../storage/Stores.js';

const departmentName = v.string({ minLength: 1, maxLength: 100, trim: true });

const createDepartmentBody = v.object({
  name: departmentName,
  parentId: v.optional(v.nullable(idSchema)),
  managerId: v.optional(v.nullable(idSchema)),
});

const updateDepartmentBody = v.object({
  name: v.optional(departmentName),
  parentId: v.optional(v.nullable(idSchema)),
  managerId: v.optional(v.nullable(idSchema)),
});

const departmentSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    parentId: { type: ['string', 'null'] },
    managerId: { type: ['string', 'null'] },
  },
};

function toDepartmentView(department: Department) {
  return { id: department.id, name: department.name, parentId: department.parentId, managerId: department.managerId };
}

/**
 * The department tree. Everyone signed in may read it (pickers, scopes); admins change it. A move
 * that would put a department under itself is refused, and so is deleting a department that still
 * has members or sub-departments.
 */
export function departmentRoutes(context: ServerContext): ApiRouter {
  const { stores } = context;
  const api = new ApiRouter();

  // Takes the transaction's stores: the check and the write that relies on it commit together.
  const checkReferences = async (tx: Stores, parentId: string | null | undefined, managerId: string | null | undefined): Promise<void> => {
    if (parentId && !(await tx.departments.findById(parentId))) {
      throw invalidBody([{ pointer: '/parentId', code: 'unknown_department', message: { 'zh-CN': '上级部门不存在', en: 'No such parent department' } }]);
    }
    if (managerId && !(await tx.users.findById(managerId))) {
      throw invalidBody([{ pointer: '/managerId', code: 'unknown_user', message: { 'zh-CN': '负责人不存在', en: 'No such user' } }]);
    }
  };

  api.route(
    {
      method: 'post',
      path: '/api/departments',
      summary: 'Create a department',
      tags: ['organisation'],
      access: 'admin',
      body: createDepartmentBody,
      responses: { 201: { description: 'Created', schema: departmentSchema }, 400: { description: 'Invalid body, unknown parent or manager' } },
    },
    async ({ res, body }) => {
      const department = await stores.transaction(async (tx) => {
        await checkReferences(tx, body.parentId, body.managerId);
        return tx.departments.create({
          id: context.newId('dep'),
          name: body.name,
          parentId: body.parentId ?? null,
          managerId: body.managerId ?? null,
          createdAt: context.now(),
        });
      });
      res.status(201);
      return toDepartmentView(department);
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/departments',
      summary: 'The department tree',
      tags: ['organisation'],
      access: 'signedIn',
      responses: { 200: { description: 'Root departments, each with its children', schema: { type: 'object', properties: { items: { type: 'array', items: departmentNodeSchema } } } } },
    },
    async () => ({ items: buildDepartmentTree(await stores.departments.list()) }),
  );

  api.route(
    {
      method: 'patch',
      path: '/api/departments/:id',
      summary: 'Rename, move or change the manager of a department',
      tags: ['organisation'],
      access: 'admin',
      body: updateDepartmentBody,
      responses: {
        200: { description: 'The changed department', schema: departmentSchema },
        404: { description: 'No such department' },
        409: { description: 'The move would make a cycle' },
      },
    },
    async ({ body, param }) => {
      const id = param('id');
      const department = await stores.transaction(async (tx) => {
        // Concurrent moves are checked one after the other, or two could make a cycle between them.
        if (body.parentId) await tx.departments.lockTree();
        if (!(await tx.departments.findById(id))) throw notFound();
        await checkReferences(tx, body.parentId, body.managerId);
        if (body.parentId && (await tx.departments.subtreeIds(id)).includes(body.parentId)) {
          throw new HttpError(409, 'department_cycle', {
            'zh-CN': '不能把部门移到它自己或它的下级部门之下',
            en: 'A department cannot be moved under itself or one of its sub-departments',
          });
        }
        return tx.departments.update(id, body, context.now());
      });
      if (!department) throw notFound();
      return toDepartmentView(department);
    },
  );

  api.route(
    {
      method: 'delete',
      path: '/api/departments/:id',
      summary: 'Delete an empty department',
      tags: ['organisation'],
      access: 'admin',
      responses: { 204: { description: 'Deleted' }, 404: { description: 'No such department' }, 409: { description: 'It still has members or sub-departments' } },
    },
    async ({ res, param }) => {
      const id = param('id');
      await stores.transaction(async (tx) => {
        if (!(await tx.departments.findById(id))) throw notFound();
        if ((await tx.departments.countChildren(id)) > 0 || (await tx.users.countInDepartment(id)) > 0) {
          throw new HttpError(409, 'department_not_empty', {
            'zh-CN': '部门下还有成员或子部门，不能删除',
            en: 'The department still has members or sub-departments',
          });
        }
        await tx.departments.delete(id);
      });
      res.status(204).end();
    },
  );

  return api;
}
