import type { DashboardDataScope } from '@formwork/runtime';
import type { DashboardCommandContext, DashboardEdit } from '../DashboardEdit.js';

/** The dashboard's own settings the designer edits. */
export interface DashboardSettingsPatch {
  readonly title?: string;
  /** Whose data the widgets count; `viewer` is the default and is stored as absent. */
  readonly dataScope?: DashboardDataScope;
}

/** Renames the dashboard or changes whose data it counts. */
export function setDashboardSettings(context: DashboardCommandContext, patch: DashboardSettingsPatch): DashboardEdit {
  let dashboard = patch.title === undefined ? context.dashboard : { ...context.dashboard, title: patch.title };
  if (patch.dataScope !== undefined) {
    const { dataScope: _dropped, ...rest } = dashboard;
    dashboard = patch.dataScope === 'all' ? { ...rest, dataScope: 'all' } : rest;
  }
  return { ok: true, dashboard };
}
