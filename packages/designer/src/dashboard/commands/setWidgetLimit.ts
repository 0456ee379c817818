import type { Widget } from '@formwork/runtime';
import { fillText } from '../../i18n/fillText.js';
import { dashboardMessages as m, widgetTypeNames } from '../../i18n/dashboardMessages.js';
import type { DashboardCommandContext, DashboardEdit } from '../DashboardEdit.js';
import { findWidget, replaceWidget } from './findWidget.js';
import { listsRecords } from './setWidgetSort.js';

/**
 * How many a widget shows: the first N groups in its order (a top 10), the people on a
 * leaderboard, or the rows of a record table (its page size); `null` goes back to the default
 * (all groups, 10 people, 20 rows). A KPI card or gauge shows one number and is refused. A count
 * outside what the document allows (1–10,000 groups, 1–500 rows) is refused by its checks.
 */
export function setWidgetLimit(context: DashboardCommandContext, id: string, limit: number | null): DashboardEdit {
  const found = findWidget(context.dashboard, id);
  if ('reason' in found) return { ok: false, reason: found.reason };
  const { widget, index } = found;
  if (widget.type === 'kpi' || widget.type === 'gauge') {
    return { ok: false, reason: fillText(m.noLimitForType, { type: widgetTypeNames[widget.type][context.locale] }) };
  }
  return { ok: true, dashboard: replaceWidget(context.dashboard, index, limited(widget, limit)), selectedId: id };
}

function limited(widget: Widget, limit: number | null): Widget {
  if (widget.type === 'table' && listsRecords(widget)) {
    const { pageSize: _dropped, ...rest } = widget;
    return limit === null ? rest : { ...rest, pageSize: limit };
  }
  const { limit: _dropped, ...query } = widget.query;
  return { ...widget, query: limit === null ? query : { ...query, limit } };
}
