import type { DocumentMigrations } from '../migrateDocument.js';

/**
 * Steps that bring older app bundles forward, keyed by the version they start from (see
 * `migrateDocument`). Embedded documents migrate by their own kinds' steps. Bundles are at their
 * first version: add the step here, with a test, when APP_BUNDLE_SCHEMA_VERSION is bumped.
 */
export const appBundleMigrations: DocumentMigrations = {};
