import type { Migration } from '../Migration.js';

/** An applied change flow's history entry names who approved it, beside its proposer (the actor). */
export const changeApprovers: Migration = {
  version: 16,
  name: 'change_approvers',
  up: `
ALTER TABLE record_history ADD COLUMN approved_by TEXT;
`,
};
