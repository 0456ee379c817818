import type { Migration } from '../Migration.js';

/**
 * Archived forms: hidden from everyone but admins, their records kept (read-only) and the form
 * restorable. Forms are never deleted, so no record ever loses the form it was validated against.
 */
export const archivedForms: Migration = {
  version: 6,
  name: 'archived_forms',
  up: `
ALTER TABLE forms ADD COLUMN archived_at INTEGER;
ALTER TABLE forms ADD COLUMN archived_by TEXT REFERENCES users(id) ON DELETE SET NULL;
`,
};
