import type { PostgresMigration } from '../PostgresMigration.js';

/**
 * The whole schema as the SQLite migrations 0001–0008 leave it, in one step: PostgreSQL starts
 * where SQLite is today, and later changes follow as 0002, 0003… in both dialects. The comments on
 * the SQLite migrations explain each table; here only what the dialect changes:
 *
 * - Times are milliseconds since the epoch in BIGINT (read back as numbers, see `openPostgres`).
 * - `seq` columns are `BIGINT GENERATED ALWAYS AS IDENTITY`: the database hands them out, and an
 *   INSERT that names one is refused unless it says `OVERRIDING SYSTEM VALUE` (copying a SQLite
 *   deployment over does, then moves the sequence past the copied rows). Unlike SQLite's rowid, a
 *   seq is taken at INSERT, not at commit: with concurrent writers, seqs commit out of order.
 * - JSON documents stay TEXT, exactly as the app wrote them (jsonb would reorder keys and drop
 *   duplicates); `::json IS NOT NULL` checks them as SQLite's `json_valid` does (an invalid one
 *   fails the cast, SQLSTATE 22P02, rather than the CHECK).
 * - Every text column is `COLLATE "C"`: SQLite compares text byte by byte, PostgreSQL by the
 *   database's locale unless told otherwise, so sorts, range filters and keyset cursors would
 *   otherwise order differently from one server to the next.
 * - `users.disabled` is a BOOLEAN (SQLite has none).
 * - The append-only and immutable rules are triggers calling `formwork_refuse`, raising SQLSTATE
 *   23001 (restrict_violation) with the same messages as SQLite's RAISE(ABORT, …).
 * - departments.manager_id and users.department_id point at each other: the first foreign key is
 *   added once both tables exist.
 */
export const init: PostgresMigration = {
  version: 1,
  name: 'init',
  up: `
CREATE FUNCTION formwork_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'restrict_violation';
END
$$;

CREATE TABLE departments (
  id TEXT COLLATE "C" PRIMARY KEY,
  name TEXT COLLATE "C" NOT NULL,
  parent_id TEXT COLLATE "C" REFERENCES departments(id) ON DELETE RESTRICT,
  manager_id TEXT COLLATE "C",
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX departments_parent ON departments(parent_id);

CREATE TABLE users (
  id TEXT COLLATE "C" PRIMARY KEY,
  username TEXT COLLATE "C" NOT NULL,
  -- NFKC + lower case (usernameKey): usernames are unique regardless of case.
  username_key TEXT COLLATE "C" NOT NULL UNIQUE,
  name TEXT COLLATE "C" NOT NULL,
  role TEXT COLLATE "C" NOT NULL CHECK (role IN ('admin', 'manager', 'member')),
  department_id TEXT COLLATE "C" REFERENCES departments(id) ON DELETE RESTRICT,
  password_hash TEXT COLLATE "C" NOT NULL,
  locale TEXT COLLATE "C" CHECK (locale IN ('zh-CN', 'en')),
  disabled BOOLEAN NOT NULL DEFAULT false,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX users_department ON users(department_id);
ALTER TABLE departments ADD CONSTRAINT departments_manager_id_fkey
  FOREIGN KEY (manager_id) REFERENCES users(id) ON DELETE SET NULL;

CREATE TABLE sessions (
  token_hash TEXT COLLATE "C" PRIMARY KEY,
  user_id TEXT COLLATE "C" NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at BIGINT NOT NULL,
  last_seen_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE apps (
  id TEXT COLLATE "C" PRIMARY KEY,
  name TEXT COLLATE "C" NOT NULL,
  description TEXT COLLATE "C" NOT NULL DEFAULT '',
  icon TEXT COLLATE "C",
  created_by TEXT COLLATE "C" REFERENCES users(id) ON DELETE SET NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);

CREATE TABLE forms (
  id TEXT COLLATE "C" PRIMARY KEY,
  app_id TEXT COLLATE "C" NOT NULL REFERENCES apps(id) ON DELETE RESTRICT,
  title TEXT COLLATE "C" NOT NULL,
  draft_schema TEXT COLLATE "C" NOT NULL CHECK (draft_schema::json IS NOT NULL),
  draft_revision INTEGER NOT NULL CHECK (draft_revision >= 1),
  published_version INTEGER,
  created_by TEXT COLLATE "C" REFERENCES users(id) ON DELETE SET NULL,
  created_at BIGINT NOT NULL,
  updated_by TEXT COLLATE "C" REFERENCES users(id) ON DELETE SET NULL,
  updated_at BIGINT NOT NULL,
  archived_at BIGINT,
  archived_by TEXT COLLATE "C" REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX forms_app ON forms(app_id);

CREATE TABLE form_versions (
  form_id TEXT COLLATE "C" NOT NULL REFERENCES forms(id) ON DELETE RESTRICT,
  version INTEGER NOT NULL CHECK (version >= 1),
  schema TEXT COLLATE "C" NOT NULL CHECK (schema::json IS NOT NULL),
  draft_revision INTEGER NOT NULL,
  published_at BIGINT NOT NULL,
  published_by TEXT COLLATE "C" REFERENCES users(id) ON DELETE SET NULL,
  PRIMARY KEY (form_id, version)
);
CREATE TRIGGER form_versions_immutable BEFORE UPDATE ON form_versions
  FOR EACH ROW EXECUTE FUNCTION formwork_refuse('form versions are immutable');
CREATE TRIGGER form_versions_undeletable BEFORE DELETE ON form_versions
  FOR EACH ROW EXECUTE FUNCTION formwork_refuse('form versions are never deleted');

CREATE TABLE records (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id TEXT COLLATE "C" NOT NULL UNIQUE,
  form_id TEXT COLLATE "C" NOT NULL REFERENCES forms(id) ON DELETE RESTRICT,
  form_version INTEGER NOT NULL,
  data TEXT COLLATE "C" NOT NULL CHECK (data::json IS NOT NULL),
  version INTEGER NOT NULL CHECK (version >= 1),
  creator_id TEXT COLLATE "C" REFERENCES users(id) ON DELETE RESTRICT,
  owner_id TEXT COLLATE "C" REFERENCES users(id) ON DELETE RESTRICT,
  owner_department_id TEXT COLLATE "C",
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  updated_by TEXT COLLATE "C" REFERENCES users(id) ON DELETE RESTRICT,
  deleted_at BIGINT,
  deleted_by TEXT COLLATE "C" REFERENCES users(id) ON DELETE RESTRICT
);
CREATE INDEX records_form ON records(form_id, seq);
CREATE TRIGGER records_creation_is_fixed BEFORE UPDATE OF id, form_id, creator_id, created_at ON records
  FOR EACH ROW EXECUTE FUNCTION formwork_refuse('a record''s creation stamp never changes');
CREATE TRIGGER records_no_delete BEFORE DELETE ON records
  FOR EACH ROW EXECUTE FUNCTION formwork_refuse('records are deleted softly (deleted_at), never removed');

CREATE TABLE record_history (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  record_id TEXT COLLATE "C" NOT NULL REFERENCES records(id) ON DELETE RESTRICT,
  version INTEGER NOT NULL,
  action TEXT COLLATE "C" NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore', 'convert')),
  actor_id TEXT COLLATE "C" REFERENCES users(id) ON DELETE RESTRICT,
  at BIGINT NOT NULL,
  changes TEXT COLLATE "C" NOT NULL CHECK (changes::json IS NOT NULL),
  reason TEXT COLLATE "C" CHECK (reason IS NULL OR char_length(reason) BETWEEN 1 AND 500)
);
CREATE INDEX record_history_record ON record_history(record_id, seq);
CREATE TRIGGER record_history_no_update BEFORE UPDATE ON record_history
  FOR EACH ROW EXECUTE FUNCTION formwork_refuse('record history is append-only');
CREATE TRIGGER record_history_no_delete BEFORE DELETE ON record_history
  FOR EACH ROW EXECUTE FUNCTION formwork_refuse('record history is append-only');

CREATE TABLE serial_counters (
  form_id TEXT COLLATE "C" NOT NULL REFERENCES forms(id) ON DELETE RESTRICT,
  field_id TEXT COLLATE "C" NOT NULL,
  period TEXT COLLATE "C" NOT NULL,
  value BIGINT NOT NULL,
  PRIMARY KEY (form_id, field_id, period)
);

CREATE TABLE record_idempotency (
  form_id TEXT COLLATE "C" NOT NULL REFERENCES forms(id) ON DELETE RESTRICT,
  user_id TEXT COLLATE "C" NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
  key TEXT COLLATE "C" NOT NULL,
  request_hash TEXT COLLATE "C" NOT NULL,
  record_id TEXT COLLATE "C" NOT NULL REFERENCES records(id) ON DELETE RESTRICT,
  response TEXT COLLATE "C" NOT NULL CHECK (response::json IS NOT NULL),
  created_at BIGINT NOT NULL,
  PRIMARY KEY (form_id, user_id, key)
);
CREATE INDEX record_idempotency_created ON record_idempotency(created_at);

CREATE TABLE value_tables (
  form_id TEXT COLLATE "C" PRIMARY KEY REFERENCES forms(id) ON DELETE RESTRICT,
  table_no INTEGER NOT NULL UNIQUE
);

CREATE TABLE files (
  id TEXT COLLATE "C" PRIMARY KEY,
  uploader_id TEXT COLLATE "C" NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
  name TEXT COLLATE "C" NOT NULL,
  mime_type TEXT COLLATE "C" NOT NULL,
  size BIGINT NOT NULL,
  sha256 TEXT COLLATE "C" NOT NULL,
  created_at BIGINT NOT NULL,
  attached_at BIGINT
);
CREATE INDEX files_unattached ON files(created_at) WHERE attached_at IS NULL;

CREATE TABLE record_files (
  record_id TEXT COLLATE "C" NOT NULL REFERENCES records(id) ON DELETE RESTRICT,
  file_id TEXT COLLATE "C" NOT NULL REFERENCES files(id) ON DELETE RESTRICT,
  PRIMARY KEY (record_id, file_id)
);
CREATE INDEX record_files_file ON record_files(file_id);

CREATE TABLE login_failures (
  key TEXT COLLATE "C" NOT NULL,
  failed_at BIGINT NOT NULL
);
CREATE INDEX login_failures_key ON login_failures(key, failed_at);
CREATE INDEX login_failures_age ON login_failures(failed_at);

CREATE TABLE public_links (
  token TEXT COLLATE "C" PRIMARY KEY,
  form_id TEXT COLLATE "C" NOT NULL REFERENCES forms(id),
  user_id TEXT COLLATE "C" REFERENCES users(id),
  created_at BIGINT NOT NULL
);
-- One link per form (user_id NULL) and one per form and rep.
CREATE UNIQUE INDEX public_links_form_user ON public_links(form_id, coalesce(user_id, ''));

CREATE TABLE public_submissions (
  key TEXT COLLATE "C" NOT NULL,
  submitted_at BIGINT NOT NULL
);
CREATE INDEX public_submissions_key ON public_submissions(key, submitted_at);
CREATE INDEX public_submissions_age ON public_submissions(submitted_at);
`,
};
