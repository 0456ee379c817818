import type { AggregateQuery } from '../../../query/AggregateQuery.js';
import type { FilterPredicate } from '../../../query/FilterPredicate.js';
import type { RecordSort } from '../../../query/RecordSort.js';
import type { RowFilter } from '../../../permissions/resolveRowFilter.js';
import { queryColumnOf } from '../../sqlColumns/queryColumnOf.js';
import { requiredRangeColumn } from '../../sqlColumns/requiredRangeColumn.js';

/**
 * The value-table columns a read would like indexed, for `ensurePgValueTable`'s `wanted`: as the
 * SQLite adapter's `columnsToIndex` (compared, tested for emptiness, sorted, the owner's
 * department for a department scope), plus list columns a filter asks "holds any of" — a GIN
 * index serves `?|`, which SQLite could not index. `like '%…%'` asks for none.
 */
export function pgColumnsToIndex(filter: FilterPredicate | null, sort: RecordSort | null, scope: RowFilter): string[] {
  const columns = new Set<string>();
  const visit = (predicate: FilterPredicate): void => {
    switch (predicate.kind) {
      case 'and':
      case 'or':
        predicate.items.forEach(visit);
        return;
      case 'not':
        visit(predicate.item);
        return;
      case 'contains':
        if (predicate.field.kind === 'list') columns.add(queryColumnOf(predicate.field));
        return;
      case 'compare':
      case 'in':
      case 'empty':
        // A filter-only field (`_flowStatus`) has no column to index.
        if (predicate.field.kind !== 'list' && predicate.field.kind !== 'count' && predicate.field.filterOnly !== true) columns.add(queryColumnOf(predicate.field));
        return;
      default:
        return;
    }
  };
  if (filter) visit(filter);
  if (sort?.field && sort.field.kind !== 'list' && sort.field.kind !== 'count') columns.add(queryColumnOf(sort.field));
  if (scope.kind === 'department') columns.add('owner_department_id');
  return [...columns];
}

/**
 * The columns of a covering index for an aggregate, in order (as SQLite's `aggregateIndexColumns`):
 * the column the filter requires in a range (a period's dates) if there is one, the grouped
 * columns, then what the measures, the filter and the row scope read. Empty with a list group,
 * and for a count of records without groups; without groups, the measured columns (an index-only
 * scan of them instead of the table's rows).
 */
export function pgAggregateIndexColumns(query: AggregateQuery, scope: RowFilter): string[] {
  if (query.groups.some((group) => group.field.kind === 'list')) return [];
  const columns: string[] = query.groups.map((group) => queryColumnOf(group.field));
  for (const measure of query.measures) if (measure.field) columns.push(queryColumnOf(measure.field));
  if (columns.length === 0) return [];
  const range = requiredRangeColumn(query.filter);
  if (range !== null) columns.unshift(range);
  columns.push(...pgColumnsToIndex(query.filter, null, { kind: 'all' }).filter((column) => !isListContains(query.filter, column)));
  if (scope.kind !== 'all') columns.push('owner_id');
  if (scope.kind === 'department') columns.push('owner_department_id');
  return [...new Set(columns)];
}

/** Whether `column` is only in the filter as a list (a jsonb array has no place in a b-tree covering index). */
function isListContains(filter: FilterPredicate | null, column: string): boolean {
  let list = false;
  const visit = (predicate: FilterPredicate): void => {
    if (predicate.kind === 'and' || predicate.kind === 'or') predicate.items.forEach(visit);
    else if (predicate.kind === 'not') visit(predicate.item);
    else if (predicate.kind === 'contains' && queryColumnOf(predicate.field) === column) list = true;
  };
  if (filter) visit(filter);
  return list;
}
