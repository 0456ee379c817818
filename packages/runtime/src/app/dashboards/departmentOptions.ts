import type { DepartmentNode } from '../api/ApiViews.js';

/** A department in a flat picker: its depth in the tree indents it. */
export interface DepartmentOption {
  readonly id: string;
  readonly name: string;
  readonly depth: number;
}

/** The department tree in reading order (each department, then what is under it). */
export function departmentOptions(tree: readonly DepartmentNode[], depth = 0): DepartmentOption[] {
  return tree.flatMap((node) => [{ id: node.id, name: node.name, depth }, ...departmentOptions(node.children, depth + 1)]);
}

/**
 * A department and every department under it, as the server expands a dashboard's department
 * filter — what a drill-down's data list must narrow to as well. An id not in the tree is itself.
 */
export function subDepartmentsOf(tree: readonly DepartmentNode[], departmentId: string): string[] {
  const find = (nodes: readonly DepartmentNode[]): DepartmentNode | undefined => {
    for (const node of nodes) {
      if (node.id === departmentId) return node;
      const below = find(node.children);
      if (below) return below;
    }
    return undefined;
  };
  const collect = (node: DepartmentNode): string[] => [node.id, ...node.children.flatMap(collect)];
  const node = find(tree);
  return node ? collect(node) : [departmentId];
}
