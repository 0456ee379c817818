import type { Migration } from '../Migration.js';

/**
 * What housekeeping (`runHousekeeping`) needs to find its work without scanning:
 *
 * - idempotency answers by age (they are kept `records.idempotencyKeyTtlMs`);
 * - `files.attached_at`: when a record first referenced the file, never cleared — an upload that
 *   no record ever referenced is removed after `records.unattachedUploadTtlMs`; one that a record
 *   referenced stays for good, since the record's history may still show it. Files uploaded before
 *   this migration count as attached: nobody can tell any more whether they ever were.
 */
export const housekeeping: Migration = {
  version: 4,
  name: 'housekeeping',
  up: `
CREATE INDEX record_idempotency_created ON record_idempotency(created_at);
ALTER TABLE files ADD COLUMN attached_at INTEGER;
UPDATE files SET attached_at = created_at;
CREATE INDEX files_unattached ON files(created_at) WHERE attached_at IS NULL;
`,
};
