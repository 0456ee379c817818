import type { Migration } from '../Migration.js';

/**
 * The forms an app offers as quick buttons on its workbench (#15), in order: a rep's daily forms
 * (a visit, a follow-up) as its bundle or an admin names them, so that a rep who filled nothing
 * yet still has them. A JSON array of stored form ids; apps made before this column offer none.
 */
export const appQuickForms: Migration = {
  version: 21,
  name: 'app_quick_forms',
  up: `
ALTER TABLE apps ADD COLUMN quick_forms TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(quick_forms) AND json_type(quick_forms) = 'array');
`,
};
