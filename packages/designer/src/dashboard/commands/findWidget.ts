import type { DashboardSchema, LocalizedText, Widget } from '@formwork/runtime';
import { fillText } from '../../i18n/fillText.js';
import { dashboardMessages as m } from '../../i18n/dashboardMessages.js';

/** The widget and its index, or why there is none. */
export function findWidget(dashboard: DashboardSchema, id: string): { readonly widget: Widget; readonly index: number } | { readonly reason: LocalizedText } {
  const index = dashboard.widgets.findIndex((widget) => widget.id === id);
  const widget = dashboard.widgets[index];
  return widget ? { widget, index } : { reason: fillText(m.widgetNotFound, { id }) };
}

/** The dashboard with the widget at `index` replaced. */
export function replaceWidget(dashboard: DashboardSchema, index: number, widget: Widget): DashboardSchema {
  return { ...dashboard, widgets: dashboard.widgets.map((current, i) => (i === index ? widget : current)) };
}
