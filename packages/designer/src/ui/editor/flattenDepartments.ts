import type { DepartmentNode } from '../../api/ApiTypes.js';

/** A department as a picker lists it: named with the path from its root. */
export interface DepartmentOption {
  readonly id: string;
  readonly name: string;
  /** `Sales / East`: tells apart two "East" departments of different parents. */
  readonly path: string;
}

/**
 * The department tree as a list, parents before their children (depth first, in the server's
 * order). A department met twice (a malformed tree) is listed once.
 *
 * @example
 * flattenDepartments([{ id: 's', name: 'Sales', parentId: null, children: [{ id: 'e', name: 'East', parentId: 's' }] }])
 * // [{ id: 's', name: 'Sales', path: 'Sales' }, { id: 'e', name: 'East', path: 'Sales / East' }]
 */
export function flattenDepartments(roots: readonly DepartmentNode[]): DepartmentOption[] {
  const options: DepartmentOption[] = [];
  const seen = new Set<string>();
  const visit = (node: DepartmentNode, parentPath: string): void => {
    if (seen.has(node.id)) return;
    seen.add(node.id);
    const path = parentPath ? `${parentPath} / ${node.name}` : node.name;
    options.push({ id: node.id, name: node.name, path });
    for (const child of node.children ?? []) visit(child, path);
  };
  for (const root of roots) visit(root, '');
  return options;
}
