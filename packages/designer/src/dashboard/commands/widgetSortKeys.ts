import type { DataQuery } from '@formwork/runtime';

/**
 * What a widget's value is called in its sort: the first measure's id, or `count` when the widget
 * has no measures (the server names its implied count so).
 */
export function valueSortKey(query: DataQuery): string {
  return query.measures?.[0]?.id ?? 'count';
}

/**
 * The grouped fields a sort may name: those grouped as they are. A date grouped by a time bucket
 * is keyed `field:bucket` by the server, which a document's sort cannot name; its groups come in
 * time order anyway.
 */
export function groupSortKeys(query: DataQuery): readonly string[] {
  return (query.groupBy ?? []).filter((group) => group.bucket === undefined).map((group) => group.field);
}
