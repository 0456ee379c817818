import type { AnySchemaObject } from 'ajv/dist/2020.js';
import { compileMetaSchema } from '../compileMetaSchema.js';
import type { ParseResult } from '../DocumentIssue.js';
import { parseWithSpec, type DocumentSpec } from '../parseWithSpec.js';
import { checkDashboardWidgets } from './checkDashboardWidgets.js';
import { dashboardGlossary } from './dashboardGlossary.js';
import { dashboardMetaSchema } from './dashboardMetaSchema.js';
import { dashboardMigrations } from './dashboardMigrations.js';
import { DASHBOARD_SCHEMA_VERSION, type DashboardSchema } from './DashboardSchema.js';

const dashboardSpec: DocumentSpec<DashboardSchema> = {
  kind: 'dashboard',
  currentVersion: DASHBOARD_SCHEMA_VERSION,
  migrations: dashboardMigrations,
  metaSchema: compileMetaSchema(dashboardMetaSchema as unknown as AnySchemaObject),
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
