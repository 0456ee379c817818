import type { Locale } from '@formwork/runtime';
import type { JsonSchema } from '../http/validation/ValueSchema.js';
import type { ServerContext } from '../ServerContext.js';
import type { User } from '../storage/UserStore.js';
import { toUserView, userViewSchema, type UserView } from './userView.js';

/** `GET /api/me`: the user, their department and the language this request is answered in. */
export interface MeView {
  readonly user: UserView;
  readonly department: { readonly id: string; readonly name: string } | null;
  /** Departments this user manages (their `department` row scope covers these too). */
  readonly managedDepartmentIds: readonly string[];
  readonly locale: Locale;
}

/** Builds the `GET /api/me` answer; async because the department and managed ones are stored. */
export async function toMeView(context: Pick<ServerContext, 'stores'>, user: User, locale: Locale): Promise<MeView> {
  const department = user.departmentId ? await context.stores.departments.findById(user.departmentId) : undefined;
  return {
    user: toUserView(user),
    department: department ? { id: department.id, name: department.name } : null,
    managedDepartmentIds: await context.stores.departments.managedBy(user.id),
    locale,
  };
}

export const meViewSchema: JsonSchema = {
  type: 'object',
  properties: {
    user: userViewSchema,
    department: { anyOf: [{ type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } }, { type: 'null' }] },
    managedDepartmentIds: { type: 'array', items: { type: 'string' } },
    locale: { enum: ['zh-CN', 'en'] },
  },
};
