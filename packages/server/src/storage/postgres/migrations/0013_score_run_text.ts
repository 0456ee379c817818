import type { PostgresMigration } from '../PostgresMigration.js';

/**
 * A run's inputs and sheet without the JSON checks, as SQLite's score_run_text migration (#13):
 * only the server writes them, from `JSON.stringify`, and parsing a 1,000-person sheet (2 MB) to
 * check it cost more than storing it. The write stamps keep theirs.
 */
export const scoreRunText: PostgresMigration = {
  version: 13,
  name: 'score_run_text',
  up: `
ALTER TABLE score_runs DROP CONSTRAINT score_runs_inputs_check, DROP CONSTRAINT score_runs_sheet_check;
`,
};
