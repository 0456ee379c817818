import type { DataQuery, GroupBy, MeasureOp, RecordFilter, Widget } from '@formwork/runtime';
import type { DashboardCommandContext, DashboardEdit } from '../DashboardEdit.js';
import { findWidget, replaceWidget } from './findWidget.js';
import { listsRecords } from './setWidgetSort.js';
import { groupSortKeys, valueSortKey } from './widgetSortKeys.js';

/** The one measure the designer edits: an operation and, except for `count`, the number field it reads. */
export interface MeasurePick {
  readonly op: MeasureOp;
  readonly field?: string;
}

/** What `updateWidgetQuery` may change; `null` removes the part (no grouping, a plain count, no filter). */
export interface QueryPatch {
  /** Another form: its fields differ, so the grouping, the measured field, the filter and the funnel stages go. */
  readonly formId?: string;
  readonly groupBy?: readonly GroupBy[] | null;
  readonly measure?: MeasurePick | null;
  readonly filter?: RecordFilter | null;
}

/**
 * Changes what a widget reads: its form, grouping (a field, and for a date a time bucket),
 * measure and filter. The measure keeps its id; its label goes with a new field, so the legend
 * names the field picked. A sort by the value follows the measure (a top N stays a top N); a sort
 * by a field no longer grouped goes, as does a pivot's column level without a row under it.
 */
export function updateWidgetQuery(context: DashboardCommandContext, id: string, patch: QueryPatch): DashboardEdit {
  const found = findWidget(context.dashboard, id);
  if ('reason' in found) return { ok: false, reason: found.reason };
  const { widget, index } = found;
  let query: DataQuery = widget.query;
  let next: Widget = widget;
  if (patch.formId !== undefined && patch.formId !== query.formId) {
    // How many to show, and largest first, mean the same on another form; its fields do not.
    const byValue = query.sort && query.sort.by === valueSortKey(query) ? query.sort : undefined;
    query = {
      formId: patch.formId,
      ...(query.measures ? { measures: query.measures.map(({ id: measureId }) => ({ id: measureId, op: 'count' as const })) } : {}),
      ...(byValue ? { sort: byValue } : {}),
      ...(query.limit === undefined ? {} : { limit: query.limit }),
    };
    if (next.type === 'funnel') {
      const { stages: _dropped, ...rest } = next;
      next = rest;
    }
  }
  if (patch.groupBy !== undefined) query = withPart(query, 'groupBy', patch.groupBy === null || patch.groupBy.length === 0 ? undefined : patch.groupBy);
  if (patch.measure !== undefined) {
    const measureId = query.measures?.[0]?.id ?? 'value';
    const sortedByValue = query.sort?.by === valueSortKey(query) ? query.sort : undefined;
    const measure = patch.measure === null || patch.measure.op === 'count' ? undefined : { id: measureId, op: patch.measure.op, ...(patch.measure.field === undefined ? {} : { field: patch.measure.field }) };
    query = withPart(query, 'measures', measure ? [measure] : undefined);
    // Without measures the value is the server's implied count, named `count`: the sort names it anew.
    if (sortedByValue) query = withPart(query, 'sort', { by: valueSortKey(query), direction: sortedByValue.direction });
  }
  if (patch.groupBy !== undefined && query.sort && query.sort.by !== valueSortKey(query) && !listsRecords({ ...next, query }) && !groupSortKeys(query).includes(query.sort.by)) {
    query = withPart(query, 'sort', undefined);
  }
  if (patch.filter !== undefined) query = withPart(query, 'filter', patch.filter ?? undefined);
  if (patch.formId !== undefined && next.type === 'leaderboard' && !query.groupBy) query = { ...query, groupBy: [{ field: '_createdBy' }] };
  if (next.type === 'pivot' && next.columnLevels !== undefined && next.columnLevels >= (query.groupBy?.length ?? 0)) {
    const { columnLevels: _dropped, ...rest } = next;
    next = rest;
  }
  return { ok: true, dashboard: replaceWidget(context.dashboard, index, { ...next, query }), selectedId: id };
}

function withPart<K extends 'groupBy' | 'measures' | 'filter' | 'sort'>(query: DataQuery, key: K, value: DataQuery[K] | undefined): DataQuery {
  const copy: { -readonly [P in keyof DataQuery]: DataQuery[P] } = { ...query };
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy;
}
