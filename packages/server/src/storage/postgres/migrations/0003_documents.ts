import type { PostgresMigration } from '../PostgresMigration.js';

/**
 * Versioned documents other than forms (`DocumentStore`), as SQLite's 0010_documents: workflows
 * (one per form), dashboards and scoring schemes (many per app), each a draft compared-and-set by
 * `draft_revision` with append-only numbered versions. `published_draft_revision` sits on the
 * document row so that a publish is one compare-and-set UPDATE of that row: a racing publisher
 * waits for its lock and re-checks against the committed row, so numbers never repeat or skip.
 */
export const documents: PostgresMigration = {
  version: 3,
  name: 'documents',
  up: `
CREATE TABLE documents (
  id TEXT COLLATE "C" PRIMARY KEY,
  kind TEXT COLLATE "C" NOT NULL CHECK (kind IN ('workflow', 'dashboard', 'scoring')),
  app_id TEXT COLLATE "C" NOT NULL REFERENCES apps(id) ON DELETE RESTRICT,
  form_id TEXT COLLATE "C" REFERENCES forms(id) ON DELETE RESTRICT,
  draft_schema TEXT COLLATE "C" NOT NULL CHECK (draft_schema::json IS NOT NULL),
  draft_revision INTEGER NOT NULL CHECK (draft_revision >= 1),
  published_version INTEGER,
  published_draft_revision INTEGER,
  created_by TEXT COLLATE "C" REFERENCES users(id) ON DELETE SET NULL,
  created_at BIGINT NOT NULL,
  updated_by TEXT COLLATE "C" REFERENCES users(id) ON DELETE SET NULL,
  updated_at BIGINT NOT NULL,
  archived_at BIGINT,
  archived_by TEXT COLLATE "C" REFERENCES users(id) ON DELETE SET NULL,
  CHECK (kind <> 'workflow' OR form_id IS NOT NULL),
  UNIQUE (form_id, kind)
);
CREATE INDEX documents_app_kind ON documents(app_id, kind);

CREATE TABLE document_versions (
  document_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE RESTRICT,
  version INTEGER NOT NULL CHECK (version >= 1),
  schema TEXT COLLATE "C" NOT NULL CHECK (schema::json IS NOT NULL),
  draft_revision INTEGER NOT NULL,
  published_at BIGINT NOT NULL,
  published_by TEXT COLLATE "C" REFERENCES users(id) ON DELETE SET NULL,
  PRIMARY KEY (document_id, version),
  UNIQUE (document_id, draft_revision)
);
CREATE TRIGGER document_versions_immutable BEFORE UPDATE ON document_versions
  FOR EACH ROW EXECUTE FUNCTION formwork_refuse('document versions are immutable');
CREATE TRIGGER document_versions_undeletable BEFORE DELETE ON document_versions
  FOR EACH ROW EXECUTE FUNCTION formwork_refuse('document versions are never deleted');
`,
};
