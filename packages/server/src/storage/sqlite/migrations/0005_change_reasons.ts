import type { Migration } from '../Migration.js';

/**
 * Why a record was changed, beside who and when: each history entry may carry the reason its
 * author gave (required by forms with `settings.changeReason: 'required'`).
 */
export const changeReasons: Migration = {
  version: 5,
  name: 'change_reasons',
  up: `
ALTER TABLE record_history ADD COLUMN reason TEXT CHECK (reason IS NULL OR length(reason) BETWEEN 1 AND 500);
`,
};
