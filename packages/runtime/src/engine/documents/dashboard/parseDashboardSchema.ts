import type { ParseResult } from '../DocumentIssue.js';
import { validateDashboardAllFaults } from '../generated/validateDashboardAllFaults.js';
import { validateDashboardFirstFault } from '../generated/validateDashboardFirstFault.js';
import { checkMetaSchemaWith } from '../MetaSchemaCheck.js';
import { parseWithSpec, type DocumentSpec } from '../parseWithSpec.js';
import { checkDashboardWidgets } from './checkDashboardWidgets.js';
import { dashboardGlossary } from './dashboardGlossary.js';
import { dashboardMigrations } from './dashboardMigrations.js';
import { DASHBOARD_SCHEMA_VERSION, type DashboardSchema } from './DashboardSchema.js';

const dashboardSpec: DocumentSpec<DashboardSchema> = {
  kind: 'dashboard',
  currentVersion: DASHBOARD_SCHEMA_VERSION,
  migrations: dashboardMigrations,
  metaSchema: checkMetaSchemaWith(validateDashboardFirstFault, validateDashboardAllFaults),
  glossary: dashboardGlossary,
  refine: (dashboard) => {
    const errors = checkDashboardWidgets(dashboard);
    return errors.length > 0 ? { ok: false, errors } : { ok: true, value: dashboard };
  },
};

/**
 * Reads a dashboard document: migrates it forward, checks it against the dashboard meta-schema,
 * unique ids, the grid and filter bindings. Never throws.
 *
 * @example
 * const result = parseDashboardSchema(body);
 * if (result.ok) renderDashboard(result.value);
 */
export function parseDashboardSchema(input: unknown): ParseResult<DashboardSchema> {
  return parseWithSpec(input, dashboardSpec);
}
