import type { DocumentMigrations } from '../migrateDocument.js';

/**
 * Steps that bring older dashboards forward, keyed by the version they start from (see
 * `migrateDocument`). Dashboards are at their first version: add the step here, with a test, when
 * DASHBOARD_SCHEMA_VERSION is bumped.
 */
export const dashboardMigrations: DocumentMigrations = {};
