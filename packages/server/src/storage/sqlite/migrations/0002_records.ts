import type { Migration } from '../Migration.js';

/**
 * Records, their append-only history, serial counters, idempotent submits, uploaded files.
 *
 * `records.data` (JSON keyed by field id) is the truth. Each form also gets a value table
 * `form_values_<n>` (created on demand, see `sqliteValueTables.ts`): one narrow row per record with
 * a typed column per top-level field, indexed, so filters, sorts and aggregates run in SQL without
 * parsing JSON. It is derived data, written in the same transaction as the record.
 */
export const records: Migration = {
  version: 2,
  name: 'records',
  up: `
CREATE TABLE records (
  -- Submission order: keyset cursors, the value tables' key.
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  form_id TEXT NOT NULL REFERENCES forms(id) ON DELETE RESTRICT,
  -- The published version the data was last validated against.
  form_version INTEGER NOT NULL,
  data TEXT NOT NULL CHECK (json_valid(data)),
  version INTEGER NOT NULL CHECK (version >= 1),
  creator_id TEXT REFERENCES users(id) ON DELETE RESTRICT,
  owner_id TEXT REFERENCES users(id) ON DELETE RESTRICT,
  -- The owner's department when the record was submitted: department row scopes match on it.
  owner_department_id TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  updated_by TEXT REFERENCES users(id) ON DELETE RESTRICT,
  deleted_at INTEGER,
  deleted_by TEXT REFERENCES users(id) ON DELETE RESTRICT
) STRICT;
CREATE INDEX records_form ON records(form_id, seq);

-- Append-only: what changed, by whom, when. Triggers refuse UPDATE and DELETE.
CREATE TABLE record_history (
  seq INTEGER PRIMARY KEY,
  record_id TEXT NOT NULL REFERENCES records(id) ON DELETE RESTRICT,
  version INTEGER NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore', 'convert')),
  actor_id TEXT REFERENCES users(id) ON DELETE RESTRICT,
  at INTEGER NOT NULL,
  changes TEXT NOT NULL CHECK (json_valid(changes))
) STRICT;
CREATE INDEX record_history_record ON record_history(record_id, seq);
CREATE TRIGGER record_history_no_update BEFORE UPDATE ON record_history
BEGIN SELECT RAISE(ABORT, 'record history is append-only'); END;
CREATE TRIGGER record_history_no_delete BEFORE DELETE ON record_history
BEGIN SELECT RAISE(ABORT, 'record history is append-only'); END;

-- Serial numbers: one counter per form, field and reset period ('' = never resets). Never reused.
CREATE TABLE serial_counters (
  form_id TEXT NOT NULL REFERENCES forms(id) ON DELETE RESTRICT,
  field_id TEXT NOT NULL,
  period TEXT NOT NULL,
  value INTEGER NOT NULL,
  PRIMARY KEY (form_id, field_id, period)
) STRICT, WITHOUT ROWID;

-- Idempotent submits: a key is used once per form and user; the first answer is kept and replayed.
CREATE TABLE record_idempotency (
  form_id TEXT NOT NULL REFERENCES forms(id) ON DELETE RESTRICT,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
  key TEXT NOT NULL,
  request_hash TEXT NOT NULL,
  record_id TEXT NOT NULL REFERENCES records(id) ON DELETE RESTRICT,
  response TEXT NOT NULL CHECK (json_valid(response)),
  created_at INTEGER NOT NULL,
  PRIMARY KEY (form_id, user_id, key)
) STRICT, WITHOUT ROWID;

-- Which form's value table is form_values_<table_no>.
CREATE TABLE value_tables (
  form_id TEXT PRIMARY KEY REFERENCES forms(id) ON DELETE RESTRICT,
  table_no INTEGER NOT NULL UNIQUE
) STRICT;

-- Uploaded files; the bytes live under <dataDir>/files/aa/bb/<id>.
CREATE TABLE files (
  id TEXT PRIMARY KEY,
  uploader_id TEXT NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
  name TEXT NOT NULL,
  mime_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  created_at INTEGER NOT NULL
) STRICT;

-- Which records reference which files (kept in step with records.data on every write).
CREATE TABLE record_files (
  record_id TEXT NOT NULL REFERENCES records(id) ON DELETE RESTRICT,
  file_id TEXT NOT NULL REFERENCES files(id) ON DELETE RESTRICT,
  PRIMARY KEY (record_id, file_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX record_files_file ON record_files(file_id);
`,
};
