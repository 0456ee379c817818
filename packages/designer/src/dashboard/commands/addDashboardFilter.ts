import type { DashboardFilter, DashboardFilterKind } from '@formwork/runtime';
import { dashboardFilterKindNames } from '../../i18n/dashboardMessages.js';
import type { DashboardCommandContext, DashboardEdit } from '../DashboardEdit.js';

/**
 * A new dashboard filter of `kind` (period, person, department, any field), named after its
 * kind and bound to no widget yet: the admin binds it to each widget with the field it narrows.
 */
export function addDashboardFilter(context: DashboardCommandContext, kind: DashboardFilterKind): DashboardEdit {
  const { dashboard } = context;
  const taken = new Set((dashboard.filters ?? []).map((filter) => filter.id));
  let id = context.createId('f');
  for (let attempt = 0; taken.has(id) && attempt < 20; attempt++) id = context.createId('f');
  const filter: DashboardFilter = { id, label: dashboardFilterKindNames[kind][context.locale], kind, bindings: {} };
  return { ok: true, dashboard: { ...dashboard, filters: [...(dashboard.filters ?? []), filter] }, id };
}
