import type { Migration } from '../Migration.js';

/**
 * Versioned documents other than forms (`DocumentStore`): workflows (one per form), dashboards and
 * scoring schemes (many per app). Like forms, a draft compared-and-set by `draft_revision` and
 * append-only numbered versions. `published_draft_revision` is the draft revision the current
 * version came from, kept on the document row so that a publish checks and bumps one row: racing
 * publishers of one revision find it already published, and numbers are never skipped.
 */
export const documents: Migration = {
  version: 10,
  name: 'documents',
  up: `
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('workflow', 'dashboard', 'scoring')),
  app_id TEXT NOT NULL REFERENCES apps(id) ON DELETE RESTRICT,
  form_id TEXT REFERENCES forms(id) ON DELETE RESTRICT,
  draft_schema TEXT NOT NULL CHECK (json_valid(draft_schema)),
  draft_revision INTEGER NOT NULL CHECK (draft_revision >= 1),
  published_version INTEGER,
  published_draft_revision INTEGER,
  created_by TEXT REFERENCES users(id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL,
  updated_by TEXT REFERENCES users(id) ON DELETE SET NULL,
  updated_at INTEGER NOT NULL,
  archived_at INTEGER,
  archived_by TEXT REFERENCES users(id) ON DELETE SET NULL,
  -- A workflow moves one form's records; a form has at most one document of each kind.
  CHECK (kind <> 'workflow' OR form_id IS NOT NULL),
  UNIQUE (form_id, kind)
) STRICT;
CREATE INDEX documents_app_kind ON documents(app_id, kind);

CREATE TABLE document_versions (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE RESTRICT,
  version INTEGER NOT NULL CHECK (version >= 1),
  schema TEXT NOT NULL CHECK (json_valid(schema)),
  draft_revision INTEGER NOT NULL,
  published_at INTEGER NOT NULL,
  published_by TEXT REFERENCES users(id) ON DELETE SET NULL,
  PRIMARY KEY (document_id, version),
  UNIQUE (document_id, draft_revision)
) STRICT;

CREATE TRIGGER document_versions_immutable BEFORE UPDATE ON document_versions
BEGIN SELECT RAISE(ABORT, 'document versions are immutable'); END;
CREATE TRIGGER document_versions_undeletable BEFORE DELETE ON document_versions
BEGIN SELECT RAISE(ABORT, 'document versions are never deleted'); END;
`,
};
