import type { WidgetType } from '@formwork/runtime';
import { dashboardMessages as m } from '../../i18n/dashboardMessages.js';
import type { DashboardCommandContext, DashboardEdit } from '../DashboardEdit.js';
import { findFreePlace } from '../gridLayout.js';
import { defaultWidgetSize, defaultWidgetTitle, widgetOfType } from '../newWidget.js';

/**
 * Puts a new widget of `type` on the grid, reading the app's first form, at `at` (a drop's cell)
 * or — when that place is taken or runs off the grid — the first free place after it; without
 * `at`, the first free place of the grid. The new widget is selected.
 */
export function addWidget(context: DashboardCommandContext, type: WidgetType, at?: { readonly x: number; readonly y: number }): DashboardEdit {
  const form = context.forms[0];
  if (!form) return { ok: false, reason: m.noForms };
  const { dashboard } = context;
  const taken = new Set(dashboard.widgets.map((widget) => widget.id));
  let id = context.createId('w');
  for (let attempt = 0; taken.has(id) && attempt < 20; attempt++) id = context.createId('w');
  const layout = findFreePlace(dashboard.widgets, defaultWidgetSize[type], at);
  const widget = widgetOfType(type, { id, title: defaultWidgetTitle(type, context.locale), query: { formId: form.id }, layout });
  return { ok: true, dashboard: { ...dashboard, widgets: [...dashboard.widgets, widget] }, selectedId: id, id };
}
