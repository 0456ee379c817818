import type { GroupBy } from '@formwork/runtime';
import { fillText } from '../../i18n/fillText.js';
import { dashboardMessages as m } from '../../i18n/dashboardMessages.js';
import type { DashboardCommandContext, DashboardEdit } from '../DashboardEdit.js';
import { findWidget, replaceWidget } from './findWidget.js';

/**
 * Spreads a pivot table's values across columns by a second grouping (a field, and for a date a
 * time bucket), or (`null`) lists them in rows only. The rows stay as they are; columns need a
 * row grouping first, and the field the rows group by cannot also make the columns.
 */
export function setPivotColumns(context: DashboardCommandContext, id: string, columns: GroupBy | null): DashboardEdit {
  const found = findWidget(context.dashboard, id);
  if ('reason' in found) return { ok: false, reason: found.reason };
  const { widget, index } = found;
  if (widget.type !== 'pivot') return { ok: false, reason: fillText(m.notAPivot, { title: widget.title }) };
  const groups = widget.query.groupBy ?? [];
  const rows = groups.slice(0, groups.length - Math.min(widget.columnLevels ?? 0, groups.length));
  const { columnLevels: _levels, ...pivot } = widget;
  const { groupBy: _groups, ...query } = widget.query;
  if (columns === null) return { ok: true, dashboard: replaceWidget(context.dashboard, index, { ...pivot, query: rows.length > 0 ? { ...query, groupBy: rows } : query }), selectedId: id };
  if (rows.length === 0) return { ok: false, reason: m.pivotRowsFirst };
  if (rows.some((row) => row.field === columns.field)) return { ok: false, reason: m.pivotColumnsAreRows };
  return { ok: true, dashboard: replaceWidget(context.dashboard, index, { ...pivot, columnLevels: 1, query: { ...query, groupBy: [...rows, columns] } }), selectedId: id };
}
