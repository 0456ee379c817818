import type { DashboardFilter } from '@formwork/runtime';
import { fillText } from '../../i18n/fillText.js';
import { dashboardMessages as m } from '../../i18n/dashboardMessages.js';
import type { DashboardCommandContext, DashboardEdit } from '../DashboardEdit.js';

/** What `updateDashboardFilter` changes: the label, or which field of one widget it narrows (`null`: that widget is not narrowed). */
export type DashboardFilterPatch = { readonly label: string } | { readonly widgetId: string; readonly field: string | null };

/** Renames a dashboard filter, or binds it to a widget's field (or unbinds it). */
export function updateDashboardFilter(context: DashboardCommandContext, filterId: string, patch: DashboardFilterPatch): DashboardEdit {
  const { dashboard } = context;
  const filters = dashboard.filters ?? [];
  const index = filters.findIndex((filter) => filter.id === filterId);
  const filter = filters[index];
  if (!filter) return { ok: false, reason: fillText(m.filterNotFound, { id: filterId }) };
  let next: DashboardFilter;
  if ('label' in patch) next = { ...filter, label: patch.label };
  else {
    if (!dashboard.widgets.some((widget) => widget.id === patch.widgetId)) return { ok: false, reason: fillText(m.widgetNotFound, { id: patch.widgetId }) };
    const bindings = Object.fromEntries(Object.entries(filter.bindings).filter(([widgetId]) => widgetId !== patch.widgetId));
    next = { ...filter, bindings: patch.field === null ? bindings : { ...bindings, [patch.widgetId]: patch.field } };
  }
  return { ok: true, dashboard: { ...dashboard, filters: filters.map((current, i) => (i === index ? next : current)) } };
}
