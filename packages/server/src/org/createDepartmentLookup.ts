import type { Department } from '../storage/DepartmentStore.js';

/** What a department cell names: one department, nobody, or several (a name used twice). */
export type DepartmentMatch = { readonly kind: 'found'; readonly id: string } | { readonly kind: 'unknown' } | { readonly kind: 'ambiguous' };

/** Finds departments by what people type in a spreadsheet. */
export interface DepartmentLookup {
  find(text: string): DepartmentMatch;
}

/**
 * A lookup over the whole tree, read once. A cell is a path from a root (`销售部/华东`, `/` or
 * `／` between names, spaces around them ignored), a name only one department has, or an id.
 * A bare name two departments share is ambiguous: the path tells them apart.
 *
 * @example
 * createDepartmentLookup(departments).find('销售部/华东') // { kind: 'found', id: 'dep_2' }
 */
export function createDepartmentLookup(departments: readonly Department[]): DepartmentLookup {
  const byId = new Map(departments.map((department) => [department.id, department]));
  const childrenOf = new Map<string | null, Department[]>();
  for (const department of departments) {
    // An orphan (its parent is gone) counts as a root, as the tree view shows it.
    const parentId = department.parentId !== null && byId.has(department.parentId) ? department.parentId : null;
    childrenOf.set(parentId, [...(childrenOf.get(parentId) ?? []), department]);
  }
  const named = (list: readonly Department[] | undefined, name: string): Department[] => (list ?? []).filter((department) => department.name.trim() === name);

  return {
    find(text) {
      const trimmed = text.trim();
      if (byId.has(trimmed)) return { kind: 'found', id: trimmed };
      const names = trimmed.split(/[/／]/).map((name) => name.trim()).filter((name) => name !== '');
      if (names.length === 0) return { kind: 'unknown' };
      if (names.length === 1) {
        const matches = named(departments, names[0] ?? '');
        if (matches.length === 1 && matches[0]) return { kind: 'found', id: matches[0].id };
        return matches.length === 0 ? { kind: 'unknown' } : { kind: 'ambiguous' };
      }
      let level: readonly Department[] = [];
      let parentId: string | null = null;
      for (const name of names) {
        level = named(childrenOf.get(parentId), name);
        // Siblings of one name cannot be told apart by any path.
        if (level.length !== 1 || !level[0]) return level.length === 0 ? { kind: 'unknown' } : { kind: 'ambiguous' };
        parentId = level[0].id;
      }
      return parentId === null ? { kind: 'unknown' } : { kind: 'found', id: parentId };
    },
  };
}
