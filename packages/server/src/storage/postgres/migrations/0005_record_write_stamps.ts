import type { PostgresMigration } from '../PostgresMigration.js';

/**
 * Record write stamps (`RecordStore.writeStamps`), as SQLite's 0012_record_write_stamps: one
 * counter per form, bumped in the statement (or transaction) of every write to its records. A
 * counter row rather than max(seq): seqs are taken at INSERT and commit out of order, so a reader
 * could see a later seq before an earlier one commits; bumps of one row are serialised by its lock
 * and become visible in commit order.
 */
export const recordWriteStamps: PostgresMigration = {
  version: 5,
  name: 'record_write_stamps',
  up: `
CREATE TABLE record_write_stamps (
  form_id TEXT COLLATE "C" PRIMARY KEY,
  stamp BIGINT NOT NULL
);
`,
};
