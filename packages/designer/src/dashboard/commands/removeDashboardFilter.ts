import { fillText } from '../../i18n/fillText.js';
import { dashboardMessages as m } from '../../i18n/dashboardMessages.js';
import type { DashboardCommandContext, DashboardEdit } from '../DashboardEdit.js';

/** Takes a filter off the dashboard; the last one gone, the document has no `filters` at all. */
export function removeDashboardFilter(context: DashboardCommandContext, filterId: string): DashboardEdit {
  const { dashboard } = context;
  const filters = dashboard.filters ?? [];
  if (!filters.some((filter) => filter.id === filterId)) return { ok: false, reason: fillText(m.filterNotFound, { id: filterId }) };
  const rest = filters.filter((filter) => filter.id !== filterId);
  const { filters: _dropped, ...withoutFilters } = dashboard;
  return { ok: true, dashboard: rest.length > 0 ? { ...dashboard, filters: rest } : withoutFilters };
}
