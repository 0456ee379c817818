import type { JsonSchema } from '../http/validation/ValueSchema.js';
import type { Department } from '../storage/DepartmentStore.js';

/** A department with its sub-departments, as `GET /api/departments` returns it. */
export interface DepartmentNode {
  readonly id: string;
  readonly name: string;
  readonly parentId: string | null;
  readonly managerId: string | null;
  readonly children: DepartmentNode[];
}

/**
 * Turns the flat list into a forest, keeping the list's order among siblings. A department whose
 * parent is missing is shown as a root rather than dropped.
 *
 * @example
 * buildDepartmentTree([{ id: 'a', parentId: null, … }, { id: 'b', parentId: 'a', … }])
 * // [{ id: 'a', children: [{ id: 'b', children: [] }] }]
 */
export function buildDepartmentTree(departments: readonly Department[]): DepartmentNode[] {
  const nodes = new Map<string, DepartmentNode>();
  for (const department of departments) {
    nodes.set(department.id, {
      id: department.id,
      name: department.name,
      parentId: department.parentId,
      managerId: department.managerId,
      children: [],
    });
  }
  const roots: DepartmentNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

export const departmentNodeSchema: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    parentId: { type: ['string', 'null'] },
    managerId: { type: ['string', 'null'] },
    children: { type: 'array', items: { type: 'object', description: 'A department node (recursive)' } },
  },
};
