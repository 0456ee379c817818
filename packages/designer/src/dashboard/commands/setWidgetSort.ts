import type { DataQuery, Widget } from '@formwork/runtime';
import { fillText } from '../../i18n/fillText.js';
import { dashboardMessages as m, widgetTypeNames } from '../../i18n/dashboardMessages.js';
import type { DashboardCommandContext, DashboardEdit } from '../DashboardEdit.js';
import { findWidget, replaceWidget } from './findWidget.js';
import { groupSortKeys, valueSortKey } from './widgetSortKeys.js';

/** A widget's order: `by` a measure id (see `valueSortKey`), a grouped field, or a record table's field. */
export interface WidgetSort {
  readonly by: string;
  readonly direction: 'asc' | 'desc';
}

/** Whether a widget lists records (a table without measures) rather than groups. */
export function listsRecords(widget: Widget): boolean {
  return widget.type === 'table' && (widget.query.measures ?? []).length === 0;
}

/**
 * Orders a widget's groups by its value (largest first for a top N) or by a grouped field, or a
 * record table's rows by a field; `null` goes back to the grouping's own order (time order for
 * dates). A KPI card, gauge or funnel (stages in their order) has no order to set, nor has a
 * leaderboard, always ranked by its value; a sort naming neither the value nor a grouped field
 * is refused — the server would refuse the widget.
 */
export function setWidgetSort(context: DashboardCommandContext, id: string, sort: WidgetSort | null): DashboardEdit {
  const found = findWidget(context.dashboard, id);
  if ('reason' in found) return { ok: false, reason: found.reason };
  const { widget, index } = found;
  if (widget.type === 'kpi' || widget.type === 'gauge' || widget.type === 'funnel' || widget.type === 'leaderboard') {
    return { ok: false, reason: fillText(m.noSortForType, { type: widgetTypeNames[widget.type][context.locale] }) };
  }
  if (sort !== null && !listsRecords(widget) && sort.by !== valueSortKey(widget.query) && !groupSortKeys(widget.query).includes(sort.by)) {
    return { ok: false, reason: fillText(m.sortByUnknown, { by: sort.by }) };
  }
  const { sort: _dropped, ...rest } = widget.query;
  const query: DataQuery = sort === null ? rest : { ...rest, sort: { by: sort.by, direction: sort.direction } };
  return { ok: true, dashboard: replaceWidget(context.dashboard, index, { ...widget, query }), selectedId: id };
}
