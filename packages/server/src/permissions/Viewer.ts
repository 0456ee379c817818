import type { Stores } from '../storage/Stores.js';
import type { User } from '../storage/UserStore.js';

/** A signed-in user with what permission checks need to know about their place in the tree. */
export interface Viewer {
  readonly user: User;
  /** The user's department and its parents up to the root (a form open to 销售部 is open to its teams). */
  readonly departmentAncestry: readonly string[];
}

/**
 * Looks up a user's place in the department tree once per request. Async because the tree lives
 * in the department store; pass `tx` when called inside a transaction.
 */
export async function viewerOf(stores: Pick<Stores, 'departments'>, user: User): Promise<Viewer> {
  return { user, departmentAncestry: user.departmentId ? await stores.departments.ancestorIds(user.departmentId) : [] };
}
