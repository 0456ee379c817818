import type { FilterPredicate } from '../../query/FilterPredicate.js';
import { queryColumnOf } from './queryColumnOf.js';

/**
 * The one value-table column a filter requires to lie in a range (`>`, `>=`, `<`, `<=` on it,
 * alone or in the top-level `and`: a period's dates), or null when there is none or more than
 * one. Both adapters lead an aggregate's covering index with it, so that the range is read from
 * that index rather than through the column's own index with a table lookup per row.
 *
 * @example
 * requiredRangeColumn(and(date >= '2026-11-01', date < '2026-12-01', region = 'east')) // '"v_f_date"'
 */
export function requiredRangeColumn(filter: FilterPredicate | null): string | null {
  if (filter === null) return null;
  const required = filter.kind === 'and' ? filter.items : [filter];
  const ranged = new Set<string>();
  for (const predicate of required) {
    if (predicate.kind === 'compare' && predicate.comparison !== '=' && predicate.field.kind !== 'list' && predicate.field.kind !== 'count' && predicate.field.filterOnly !== true) ranged.add(queryColumnOf(predicate.field));
  }
  return ranged.size === 1 ? ([...ranged][0] ?? null) : null;
}
