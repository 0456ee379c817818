import type { WidgetType } from '@formwork/runtime';
import type { DashboardCommandContext, DashboardEdit } from '../DashboardEdit.js';
import { widgetOfType } from '../newWidget.js';
import { findWidget, replaceWidget } from './findWidget.js';

/**
 * Turns a widget into another type, keeping its id, title, query and place; the old type's own
 * settings (funnel stages, a gauge's target) go, the new type's required ones get defaults.
 */
export function changeWidgetType(context: DashboardCommandContext, id: string, type: WidgetType): DashboardEdit {
  const found = findWidget(context.dashboard, id);
  if ('reason' in found) return { ok: false, reason: found.reason };
  const { widget, index } = found;
  if (widget.type === type) return { ok: true, dashboard: context.dashboard, selectedId: id };
  const next = widgetOfType(type, { id: widget.id, title: widget.title, query: widget.query, layout: widget.layout });
  return { ok: true, dashboard: replaceWidget(context.dashboard, index, next), selectedId: id };
}
