import type { DashboardFilter } from '@formwork/runtime';
import type { DashboardCommandContext, DashboardEdit } from '../DashboardEdit.js';
import { findWidget } from './findWidget.js';

/** Takes a widget off the grid, and out of the dashboard filters bound to it. */
export function removeWidget(context: DashboardCommandContext, id: string): DashboardEdit {
  const { dashboard } = context;
  const found = findWidget(dashboard, id);
  if ('reason' in found) return { ok: false, reason: found.reason };
  const unbind = (filter: DashboardFilter): DashboardFilter => ({ ...filter, bindings: Object.fromEntries(Object.entries(filter.bindings).filter(([widgetId]) => widgetId !== id)) });
  const next = { ...dashboard, widgets: dashboard.widgets.filter((widget) => widget.id !== id) };
  return { ok: true, dashboard: dashboard.filters ? { ...next, filters: dashboard.filters.map(unbind) } : next, selectedId: null };
}
