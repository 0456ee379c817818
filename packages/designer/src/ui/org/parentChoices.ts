import type { DepartmentNode } from '../../api/ApiTypes.js';
import { flattenDepartments, type DepartmentOption } from '../editor/flattenDepartments.js';

/**
 * The departments `departmentId` may be moved under: every department but itself and its
 * sub-departments (the server refuses those moves as a cycle). For a new department (no id),
 * every department.
 *
 * @example
 * parentChoices(tree, 'sales') // everything except Sales, Sales / East, Sales / East / Shanghai…
 */
export function parentChoices(tree: readonly DepartmentNode[], departmentId: string | null): DepartmentOption[] {
  const all = flattenDepartments(tree);
  if (departmentId === null) return all;
  const own = all.find((option) => option.id === departmentId);
  if (!own) return all;
  const excluded = new Set<string>();
  const collect = (nodes: readonly DepartmentNode[], inside: boolean): void => {
    for (const node of nodes) {
      const mine = inside || node.id === departmentId;
      if (mine) excluded.add(node.id);
      collect(node.children ?? [], mine);
    }
  };
  collect(tree, false);
  return all.filter((option) => !excluded.has(option.id));
}
