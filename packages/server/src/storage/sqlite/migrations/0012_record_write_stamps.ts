import type { Migration } from '../Migration.js';

/**
 * Record write stamps (`RecordStore.writeStamps`): one counter per form, bumped by every write to
 * its records (insert, import batch, update, delete, restore), so that caches of computed data
 * (dashboards) can tell, with one indexed read, whether a form's records changed since.
 */
export const recordWriteStamps: Migration = {
  version: 12,
  name: 'record_write_stamps',
  up: `
CREATE TABLE record_write_stamps (
  form_id TEXT PRIMARY KEY,
  stamp INTEGER NOT NULL
) STRICT;
`,
};
