import { fillText } from '../../i18n/fillText.js';
import { dashboardMessages as m } from '../../i18n/dashboardMessages.js';
import type { DashboardCommandContext, DashboardEdit } from '../DashboardEdit.js';
import { findWidget, replaceWidget } from './findWidget.js';

/**
 * The fields a record table lists, in their order (a form field id or a record attribute such as
 * `_createdBy`); `null` or none goes back to the form's first fields. A field listed twice is
 * refused: the table would show the same column twice.
 */
export function setTableColumns(context: DashboardCommandContext, id: string, columns: readonly string[] | null): DashboardEdit {
  const found = findWidget(context.dashboard, id);
  if ('reason' in found) return { ok: false, reason: found.reason };
  const { widget, index } = found;
  if (widget.type !== 'table') return { ok: false, reason: fillText(m.notATable, { title: widget.title }) };
  const twice = columns?.find((column, at) => columns.indexOf(column) !== at);
  if (twice !== undefined) return { ok: false, reason: fillText(m.columnTwice, { field: twice }) };
  const { columns: _dropped, ...rest } = widget;
  return { ok: true, dashboard: replaceWidget(context.dashboard, index, columns === null || columns.length === 0 ? rest : { ...rest, columns: [...columns] }), selectedId: id };
}
