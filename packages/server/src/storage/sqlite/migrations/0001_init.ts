import type { Migration } from '../Migration.js';

/**
 * Organisation, sessions, apps and forms. Times are milliseconds since the epoch (INTEGER);
 * JSON documents are TEXT checked with json_valid. STRICT tables reject values of the wrong type.
 */
export const init: Migration = {
  version: 1,
  name: 'init',
  up: `
CREATE TABLE departments (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  parent_id TEXT REFERENCES departments(id) ON DELETE RESTRICT,
  manager_id TEXT REFERENCES users(id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX departments_parent ON departments(parent_id);

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL,
  -- NFKC + lower case: usernames are unique regardless of case.
  username_key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('admin', 'manager', 'member')),
  department_id TEXT REFERENCES departments(id) ON DELETE RESTRICT,
  password_hash TEXT NOT NULL,
  locale TEXT CHECK (locale IN ('zh-CN', 'en')),
  disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX users_department ON users(department_id);

-- Only the SHA-256 of a session token is stored: a leaked database cannot be replayed as cookies.
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
) STRICT;
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE apps (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  icon TEXT,
  created_by TEXT REFERENCES users(id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

CREATE TABLE forms (
  id TEXT PRIMARY KEY,
  app_id TEXT NOT NULL REFERENCES apps(id) ON DELETE RESTRICT,
  title TEXT NOT NULL,
  draft_schema TEXT NOT NULL CHECK (json_valid(draft_schema)),
  -- Bumped on every draft save; the designer sends it back in If-Match.
  draft_revision INTEGER NOT NULL CHECK (draft_revision >= 1),
  published_version INTEGER,
  created_by TEXT REFERENCES users(id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL,
  updated_by TEXT REFERENCES users(id) ON DELETE SET NULL,
  updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX forms_app ON forms(app_id);

-- Append-only: a published version is never changed or deleted, so every record can always be
-- read with the definition it was saved under (and a removed field's values stay labelled).
CREATE TABLE form_versions (
  form_id TEXT NOT NULL REFERENCES forms(id) ON DELETE RESTRICT,
  version INTEGER NOT NULL CHECK (version >= 1),
  schema TEXT NOT NULL CHECK (json_valid(schema)),
  draft_revision INTEGER NOT NULL,
  published_at INTEGER NOT NULL,
  published_by TEXT REFERENCES users(id) ON DELETE SET NULL,
  PRIMARY KEY (form_id, version)
) STRICT;

CREATE TRIGGER form_versions_immutable BEFORE UPDATE ON form_versions
BEGIN SELECT RAISE(ABORT, 'form versions are immutable'); END;
CREATE TRIGGER form_versions_undeletable BEFORE DELETE ON form_versions
BEGIN SELECT RAISE(ABORT, 'form versions are never deleted'); END;
`,
};
