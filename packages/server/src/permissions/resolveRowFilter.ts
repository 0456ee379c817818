import type { FormSchema } from '@formwork/runtime';
import type { Stores } from '../storage/Stores.js';
import { rowScopeOf } from './formAccess.js';
import type { Viewer } from './Viewer.js';

/**
 * The rows of a form a viewer may see, ready to become a WHERE clause. List, count, aggregate,
 * export and single-record reads must all apply the same filter (a record outside it is a 404).
 *
 * - `own`: records the viewer submitted (owner = user id).
 * - `department`: the viewer's own records plus those whose owner's department (as stored on the
 *   record when it was submitted) is in `departmentIds`: the viewer's department and every
 *   department they manage, each with all its sub-departments.
 * - `all`: no restriction.
 */
export type RowFilter =
  | { readonly kind: 'all' }
  | { readonly kind: 'own'; readonly userId: string }
  | { readonly kind: 'department'; readonly userId: string; readonly departmentIds: readonly string[] };

export async function resolveRowFilter(stores: Pick<Stores, 'departments'>, viewer: Viewer, schema: FormSchema): Promise<RowFilter> {
  const scope = rowScopeOf(viewer, schema);
  if (scope === 'all') return { kind: 'all' };
  if (scope === 'own') return { kind: 'own', userId: viewer.user.id };
  const roots = [...(viewer.user.departmentId ? [viewer.user.departmentId] : []), ...(await stores.departments.managedBy(viewer.user.id))];
  const departmentIds = new Set<string>();
  for (const root of roots) for (const id of await stores.departments.subtreeIds(root)) departmentIds.add(id);
  return { kind: 'department', userId: viewer.user.id, departmentIds: [...departmentIds] };
}
