import type { PostgresMigration } from '../PostgresMigration.js';

/** As SQLite's 0015: a confirmation may carry a note. */
export const scoreConfirmationNotes: PostgresMigration = {
  version: 8,
  name: 'score_confirmation_notes',
  up: `
ALTER TABLE score_confirmations ADD COLUMN note TEXT COLLATE "C";
`,
};
