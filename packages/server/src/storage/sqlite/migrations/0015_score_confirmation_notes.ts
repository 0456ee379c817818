import type { Migration } from '../Migration.js';

/** A confirmation may carry a note: a manager's word on a team's sheet, a rep's on their own. */
export const scoreConfirmationNotes: Migration = {
  version: 15,
  name: 'score_confirmation_notes',
  up: `
ALTER TABLE score_confirmations ADD COLUMN note TEXT;
`,
};
