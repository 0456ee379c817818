import type { Migration } from '../Migration.js';

/**
 * The template an app was installed from, with its bundle keys → stored ids (#15), so that the
 * performance template's scheme can be pointed at the CRM's forms whichever is installed first.
 * Apps made by hand, and those installed before this column, have none.
 */
export const appOrigins: Migration = {
  version: 18,
  name: 'app_origins',
  up: `
ALTER TABLE apps ADD COLUMN origin TEXT CHECK (origin IS NULL OR json_valid(origin));
`,
};
