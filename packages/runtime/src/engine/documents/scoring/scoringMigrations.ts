import type { DocumentMigrations } from '../migrateDocument.js';

/**
 * Steps that bring older scoring schemes forward, keyed by the version they start from (see
 * `migrateDocument`). Scoring is at its first version: add the step here, with a test, when
 * SCORING_SCHEMA_VERSION is bumped.
 */
export const scoringMigrations: DocumentMigrations = {};
