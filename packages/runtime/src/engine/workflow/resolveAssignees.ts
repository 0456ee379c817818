import type { Assignee } from '../documents/workflow/WorkflowSchema.js';
import { indexDirectory, type DirectoryIndex } from './indexDirectory.js';
import type { OrgDirectory, RecordValues } from './WorkflowContext.js';

/** Who a node's assignee list names, for one record. */
export interface AssigneeScope {
  readonly directory: OrgDirectory;
  readonly initiator: string;
  readonly record: RecordValues;
}

/**
 * The active users a node's assignees name, in the order the list names them, each once: the
 * order is the order of a sequence (依次) node. A manager chain runs from the direct manager up.
 *
 * @example
 * resolveAssignees([{ kind: 'managerChain', levels: 2 }], { directory, initiator: 'u_rep', record: {} })
 * // ['u_manager', 'u_director']
 */
export function resolveAssignees(assignees: readonly Assignee[], scope: AssigneeScope): string[] {
  const index = indexDirectory(scope.directory);
  const resolved = new Set<string>();
  for (const assignee of assignees) {
    for (const userId of resolveOne(assignee, scope, index)) {
      if (index.isActive(userId)) resolved.add(userId);
    }
  }
  return [...resolved];
}

function resolveOne(assignee: Assignee, scope: AssigneeScope, index: DirectoryIndex): readonly string[] {
  switch (assignee.kind) {
    case 'member':
      return [assignee.userId];
    case 'role':
      return index.withRole(assignee.role);
    case 'department': {
      const departments = assignee.includeSubDepartments === true ? subtreeOf(assignee.departmentId, index) : [assignee.departmentId];
      return departments.flatMap((id) => (assignee.managerOnly === true ? managerOf(id, index) : index.membersOf(id)));
    }
    case 'initiator':
      return [scope.initiator];
    case 'managerChain':
      return managerChain(scope.initiator, assignee.levels, index);
    case 'memberField':
      return idsIn(scope.record[assignee.fieldId]);
    case 'departmentFieldManager':
      return idsIn(scope.record[assignee.fieldId]).flatMap((id) => managerOf(id, index));
  }
}

function managerOf(departmentId: string, index: DirectoryIndex): readonly string[] {
  const managerId = index.department(departmentId)?.managerId;
  return managerId == null ? [] : [managerId];
}

/** The department and all below it, parents first; a cycle in a broken tree is walked once. */
function subtreeOf(departmentId: string, index: DirectoryIndex): string[] {
  const seen = new Set<string>();
  const queue = [departmentId];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...index.children(next));
  }
  return [...seen];
}

/**
 * Up to `levels` distinct managers above the initiator, from their main department upwards. A
 * department without a manager, or managed by the initiator themself, is stepped over: a manager
 * is never their own approver.
 */
function managerChain(initiator: string, levels: number, index: DirectoryIndex): string[] {
  const chain: string[] = [];
  const seen = new Set<string>();
  let departmentId = index.user(initiator)?.departmentIds[0];
  while (departmentId !== undefined && !seen.has(departmentId) && chain.length < levels) {
    seen.add(departmentId);
    const department = index.department(departmentId);
    const managerId = department?.managerId;
    if (managerId != null && managerId !== initiator && !chain.includes(managerId)) chain.push(managerId);
    departmentId = department?.parentId ?? undefined;
  }
  return chain;
}

/** A member or department field holds an id, a list of ids, or `{ id }` objects. */
function idsIn(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items.flatMap((item: unknown) => {
    if (typeof item === 'string' && item.length > 0) return [item];
    if (item !== null && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string') return [(item as { id: string }).id];
    return [];
  });
}
