import type { PostgresMigration } from '../PostgresMigration.js';

/** As SQLite's 0018: the template an app was installed from, with its bundle keys → stored ids. */
export const appOrigins: PostgresMigration = {
  version: 11,
  name: 'app_origins',
  up: `
ALTER TABLE apps ADD COLUMN origin TEXT COLLATE "C" CHECK (origin IS NULL OR origin::json IS NOT NULL);
`,
};
