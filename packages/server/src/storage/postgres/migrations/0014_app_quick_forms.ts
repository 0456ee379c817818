import type { PostgresMigration } from '../PostgresMigration.js';

/** As SQLite's 0021: the forms an app offers as quick buttons on its workbench, a JSON array of form ids. */
export const appQuickForms: PostgresMigration = {
  version: 14,
  name: 'app_quick_forms',
  up: `
ALTER TABLE apps ADD COLUMN quick_forms TEXT COLLATE "C" NOT NULL DEFAULT '[]' CHECK (json_typeof(quick_forms::json) = 'array');
`,
};
