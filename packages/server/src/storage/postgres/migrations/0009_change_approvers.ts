import type { PostgresMigration } from '../PostgresMigration.js';

/** As SQLite's 0016: an applied change flow's history entry names who approved it. */
export const changeApprovers: PostgresMigration = {
  version: 9,
  name: 'change_approvers',
  up: `
ALTER TABLE record_history ADD COLUMN approved_by TEXT COLLATE "C";
`,
};
