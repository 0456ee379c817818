import type { DocumentMigrations } from '../migrateDocument.js';

/**
 * Steps that bring older forms forward, keyed by the version they start from (see
 * `migrateDocument`). Forms are at their first version: when FormSchema changes shape, bump
 * FORM_SCHEMA_VERSION and add the step from the previous version here, with a test.
 */
export const formMigrations: DocumentMigrations = {};
