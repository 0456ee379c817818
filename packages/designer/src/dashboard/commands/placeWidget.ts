import type { Widget, WidgetLayout } from '@formwork/runtime';
import { fillText } from '../../i18n/fillText.js';
import { dashboardMessages as m } from '../../i18n/dashboardMessages.js';
import type { DashboardCommandContext, DashboardEdit } from '../DashboardEdit.js';
import { firstOverlap, GRID_COLUMNS, MAX_WIDGET_HEIGHT, MIN_WIDGET_SIZE } from '../gridLayout.js';
import { findWidget, replaceWidget } from './findWidget.js';

/**
 * Gives a widget a new place on the grid — moved, resized or both — refusing one that runs off
 * the 12 columns, is smaller than 2 × 2 or taller than 12 rows, or covers another widget (the
 * refusal names it). The shared rule of `moveWidget` and `resizeWidget`.
 */
export function placeWidget(context: DashboardCommandContext, id: string, layout: WidgetLayout): DashboardEdit {
  const { dashboard } = context;
  const found = findWidget(dashboard, id);
  if ('reason' in found) return { ok: false, reason: found.reason };
  const { widget, index } = found;
  const title = widget.title;
  if (layout.x < 0 || layout.y < 0 || layout.x + layout.w > GRID_COLUMNS) return { ok: false, reason: fillText(m.outsideGrid, { title }) };
  if (layout.w < MIN_WIDGET_SIZE.w || layout.h < MIN_WIDGET_SIZE.h) return { ok: false, reason: fillText(m.tooSmall, { title, ...MIN_WIDGET_SIZE }) };
  if (layout.h > MAX_WIDGET_HEIGHT) return { ok: false, reason: fillText(m.tooTall, { title, h: MAX_WIDGET_HEIGHT }) };
  const other = firstOverlap(dashboard.widgets, layout, id);
  if (other) return { ok: false, reason: fillText(m.overlaps, { title, other: other.title }) };
  const placed: Widget = { ...widget, layout: { x: layout.x, y: layout.y, w: layout.w, h: layout.h } };
  return { ok: true, dashboard: replaceWidget(dashboard, index, placed), selectedId: id };
}
