import type { DataQuery, GroupBy, MeasureOp, RecordFilter, Widget } from '@formwork/runtime';
import type { DashboardCommandContext, DashboardEdit } from '../DashboardEdit.js';
import { findWidget, replaceWidget } from './findWidget.js';

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
 * measure and filter. The measure keeps its id (a sort may name it); its label goes with a new
 * field, so the legend names the field picked.
 */
export function updateWidgetQuery(context: DashboardCommandContext, id: string, patch: QueryPatch): DashboardEdit {
  const found = findWidget(context.dashboard, id);
  if ('reason' in found) return { ok: false, reason: found.reason };
  const { widget, index } = found;
  let query: DataQuery = widget.query;
  let next: Widget = widget;
  if (patch.formId !== undefined && patch.formId !== query.formId) {
    query = { formId: patch.formId, ...(query.measures ? { measures: query.measures.map(({ id: measureId }) => ({ id: measureId, op: 'count' as const })) } : {}) };
    if (next.type === 'funnel') {
      const { stages: _dropped, ...rest } = next;
      next = rest;
    }
  }
  if (patch.groupBy !== undefined) query = withPart(query, 'groupBy', patch.groupBy === null || patch.groupBy.length === 0 ? undefined : patch.groupBy);
  if (patch.measure !== undefined) {
    const measureId = query.measures?.[0]?.id ?? 'value';
    const measure = patch.measure === null || patch.measure.op === 'count' ? undefined : { id: measureId, op: patch.measure.op, ...(patch.measure.field === undefined ? {} : { field: patch.measure.field }) };
    query = withPart(query, 'measures', measure ? [measure] : undefined);
    // A sort by the measure stays; a sort by a measure that is gone would be refused.
    if (!measure && query.sort && query.sort.by === measureId) query = withPart(query, 'sort', undefined);
  }
  if (patch.filter !== undefined) query = withPart(query, 'filter', patch.filter ?? undefined);
  if (patch.formId !== undefined && next.type === 'leaderboard' && !query.groupBy) query = { ...query, groupBy: [{ field: '_createdBy' }] };
  return { ok: true, dashboard: replaceWidget(context.dashboard, index, { ...next, query }), selectedId: id };
}

function withPart<K extends 'groupBy' | 'measures' | 'filter' | 'sort'>(query: DataQuery, key: K, value: DataQuery[K] | undefined): DataQuery {
  const copy: { -readonly [P in keyof DataQuery]: DataQuery[P] } = { ...query };
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy;
}
