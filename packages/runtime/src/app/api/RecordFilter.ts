/**
 * The server's filter tree (`?filter=` as JSON): conditions on field ids or system fields,
 * combined with and/or.
 */
export type FilterOperator = 'eq' | 'ne' | 'in' | 'nin' | 'range' | 'gt' | 'lt' | 'like' | 'empty' | 'not_empty';

export interface FilterCondition {
  readonly field: string;
  readonly op: FilterOperator;
  readonly value?: unknown;
}

export type FilterTree = FilterCondition | { readonly and: readonly FilterTree[] } | { readonly or: readonly FilterTree[] };

export const filterOperators: readonly FilterOperator[] = ['eq', 'ne', 'in', 'nin', 'range', 'gt', 'lt', 'like', 'empty', 'not_empty'];

/** The conditions joined by `and`, or undefined when there are none (no `filter` parameter). */
export function joinFilters(parts: readonly (FilterTree | undefined)[]): FilterTree | undefined {
  const present = parts.filter((p): p is FilterTree => p !== undefined);
  if (present.length === 0) return undefined;
  return present.length === 1 ? present[0] : { and: present };
}
