import type { Migration } from '../Migration.js';

/**
 * A record's creation — who and when — is stamped on its own row and can never change, so the
 * history no longer stores a `create` entry per record: it is read from the row (see
 * `sqliteRecordStore.history`). That halves what a submit or an import writes besides the record
 * and its value row, while every key action stays stamped with who and when:
 *
 * - the creation columns (`id`, `form_id`, `creator_id`, `created_at`) refuse UPDATE;
 * - records refuse DELETE (deleting is soft: `deleted_at`), so no record, and no creation stamp,
 *   can vanish from under its history.
 *
 * `create` entries written before this migration stay where they are and are shown as before.
 */
export const creationStamps: Migration = {
  version: 3,
  name: 'creation_stamps',
  up: `
CREATE TRIGGER records_creation_is_fixed BEFORE UPDATE OF id, form_id, creator_id, created_at ON records
BEGIN SELECT RAISE(ABORT, 'a record''s creation stamp never changes'); END;
CREATE TRIGGER records_no_delete BEFORE DELETE ON records
BEGIN SELECT RAISE(ABORT, 'records are deleted softly (deleted_at), never removed'); END;
`,
};
