import { DASHBOARD_SCHEMA_VERSION, type DashboardSchema } from '@formwork/runtime';

/** A new dashboard: a title and nothing on its grid yet. */
export function emptyDashboard(title: string): DashboardSchema {
  return { kind: 'dashboard', schemaVersion: DASHBOARD_SCHEMA_VERSION, title, widgets: [] };
}
