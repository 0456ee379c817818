import type { DashboardSchema, Widget } from '@formwork/runtime';
import type { ActiveFilter } from './DashboardFilterValues.js';
import type { Period } from './previousPeriod.js';

/**
 * The filter tree one widget's aggregate runs with: the widget's own filter AND each dashboard
 * filter the viewer set that binds this widget (a date range as `range` over local days, the
 * others as `in`: on a list field, "holds any of"). `period` replaces the date ranges' values —
 * the previous period of a KPI card or a leaderboard. The tree goes through the same
 * `parseRecordFilter` as every filter a client sends, so a value of the wrong type for the bound
 * field is a fault of this widget, not a crash.
 */
export function widgetRecordFilter(schema: DashboardSchema, widget: Widget, active: readonly ActiveFilter[], period?: Period): unknown {
  const parts: unknown[] = widget.query.filter === undefined ? [] : [widget.query.filter];
  for (const filter of active) {
    const field = boundField(schema, filter.id, widget.id);
    if (field === undefined) continue;
    if (filter.kind === 'dateRange') {
      const from = period ? period.from : filter.from;
      const to = period ? period.to : filter.to;
      parts.push({ field, op: 'range', value: [from, to] });
    } else {
      parts.push({ field, op: 'in', value: filter.values });
    }
  }
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : { and: parts };
}

/**
 * The period a widget is shown for: the date range filter bound to it, when the viewer set both
 * of its ends (an open range has no "previous" of the same length).
 */
export function widgetPeriod(schema: DashboardSchema, widget: Widget, active: readonly ActiveFilter[]): Period | undefined {
  for (const filter of active) {
    if (filter.kind !== 'dateRange' || filter.from === null || filter.to === null) continue;
    if (boundField(schema, filter.id, widget.id) !== undefined) return { from: filter.from, to: filter.to };
  }
  return undefined;
}

function boundField(schema: DashboardSchema, filterId: string, widgetId: string): string | undefined {
  const filter = schema.filters?.find((candidate) => candidate.id === filterId);
  return filter && Object.hasOwn(filter.bindings, widgetId) ? filter.bindings[widgetId] : undefined;
}
