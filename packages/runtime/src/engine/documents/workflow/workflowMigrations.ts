import type { DocumentMigrations } from '../migrateDocument.js';

/**
 * Steps that bring older workflows forward, keyed by the version they start from (see
 * `migrateDocument`). Workflows are at their first version: add the step here, with a test, when
 * WORKFLOW_SCHEMA_VERSION is bumped.
 */
export const workflowMigrations: DocumentMigrations = {};
