import type { JsonObject } from '@formwork/runtime';
import type { DocumentStore, DocumentVersion, NewDocument, VersionedDocument, VersionedDocumentKind } from '../DocumentStore.js';
import type { SqliteDatabase } from './openDatabase.js';
import type { Synchronous } from './Synchronous.js';

interface DocumentRow {
  id: string;
  kind: VersionedDocumentKind;
  app_id: string;
  form_id: string | null;
  draft_schema: string;
  draft_revision: number;
  created_by: string | null;
  created_at: number;
  updated_by: string | null;
  updated_at: number;
  archived_at: number | null;
  archived_by: string | null;
  v_version: number | null;
  v_schema: string | null;
  v_draft_revision: number | null;
  v_published_at: number | null;
  v_published_by: string | null;
}

interface VersionRow {
  document_id: string;
  version: number;
  schema: string;
  draft_revision: number;
  published_at: number;
  published_by: string | null;
}

// Every read joins the published version, so callers never make a second trip for it.
const selectDocument = `SELECT d.id, d.kind, d.app_id, d.form_id, d.draft_schema, d.draft_revision, d.created_by, d.created_at,
    d.updated_by, d.updated_at, d.archived_at, d.archived_by, v.version AS v_version, v.schema AS v_schema,
    v.draft_revision AS v_draft_revision, v.published_at AS v_published_at, v.published_by AS v_published_by
  FROM documents d LEFT JOIN document_versions v ON v.document_id = d.id AND v.version = d.published_version`;

/**
 * DocumentStore over SQLite. Schemas are JSON text the store never looks into. A publish bumps
 * the document's `published_version` by compare-and-set on its draft and published revisions and
 * appends the version in one savepoint, so the number comes from the row it just claimed.
 */
export function createSqliteDocumentStore(db: SqliteDatabase): Synchronous<DocumentStore> {
  const insert = db.prepare(
    `INSERT INTO documents (id, kind, app_id, form_id, draft_schema, draft_revision, created_by, created_at, updated_by, updated_at)
     VALUES (@id, @kind, @appId, @formId, @draft, 1, @createdBy, @createdAt, @createdBy, @createdAt)`,
  );
  const byId = db.prepare<[string], DocumentRow>(`${selectDocument} WHERE d.id = ?`);
  const byApp = db.prepare<[string, string], DocumentRow>(`${selectDocument} WHERE d.app_id = ? AND d.kind = ? ORDER BY d.created_at, d.id`);
  const byForm = db.prepare<[string, string], DocumentRow>(`${selectDocument} WHERE d.form_id = ? AND d.kind = ?`);
  const saveDraft = db.prepare(
    `UPDATE documents SET draft_schema = @draft, draft_revision = draft_revision + 1, updated_by = @updatedBy, updated_at = @updatedAt
     WHERE id = @id AND draft_revision = @expectedRevision`,
  );
  const claimVersion = db.prepare<[{ id: string; draftRevision: number }], { published_version: number }>(
    `UPDATE documents SET published_version = coalesce(published_version, 0) + 1, published_draft_revision = draft_revision
     WHERE id = @id AND draft_revision = @draftRevision AND published_draft_revision IS NOT draft_revision
     RETURNING published_version`,
  );
  const insertVersion = db.prepare(
    `INSERT INTO document_versions (document_id, version, schema, draft_revision, published_at, published_by)
     VALUES (@documentId, @version, @schema, @draftRevision, @publishedAt, @publishedBy)`,
  );
  const version = db.prepare<[string, number], VersionRow>('SELECT * FROM document_versions WHERE document_id = ? AND version = ?');
  const versions = db.prepare<[string], VersionRow>('SELECT * FROM document_versions WHERE document_id = ? ORDER BY version');
  const archive = db.prepare('UPDATE documents SET archived_at = ?, archived_by = ? WHERE id = ? AND archived_at IS NULL');
  const unarchive = db.prepare('UPDATE documents SET archived_at = NULL, archived_by = NULL WHERE id = ? AND archived_at IS NOT NULL');

  // better-sqlite3 nests this in a savepoint inside a transaction already open: all or nothing.
  const publish = db.transaction((id: string, draftRevision: number, schema: JsonObject, publishedAt: number, publishedBy: string | null) => {
    const claimed = claimVersion.get({ id, draftRevision });
    if (!claimed) return undefined;
    const added: DocumentVersion = { documentId: id, version: claimed.published_version, schema, draftRevision, publishedAt, publishedBy };
    insertVersion.run({ ...added, schema: JSON.stringify(schema) });
    return added;
  });

  return {
    create(document: NewDocument) {
      insert.run({ ...document, draft: JSON.stringify(document.draft) });
      const row = byId.get(document.id);
      if (!row) throw new Error(`document ${document.id} vanished`);
      return toDocument(row);
    },
    findById: (id) => {
      const row = byId.get(id);
      return row ? toDocument(row) : undefined;
    },
    listByApp: (appId, kind) => byApp.all(appId, kind).map(toDocument),
    findByForm: (formId, kind) => {
      const row = byForm.get(formId, kind);
      return row ? toDocument(row) : undefined;
    },
    saveDraft(id, draft, expectedRevision, updatedBy, updatedAt) {
      const result = saveDraft.run({ id, draft: JSON.stringify(draft), expectedRevision, updatedBy, updatedAt });
      return result.changes === 0 ? undefined : expectedRevision + 1;
    },
    publish: (id, publication) => publish(id, publication.draftRevision, publication.schema, publication.publishedAt, publication.publishedBy),
    findVersion: (documentId, number) => {
      const row = version.get(documentId, number);
      return row ? toVersion(row) : undefined;
    },
    listVersions: (documentId) => versions.all(documentId).map(toVersion),
    setArchived: (id, archived) => (archived ? archive.run(archived.at, archived.by, id) : unarchive.run(id)).changes > 0,
  };
}

function toDocument(row: DocumentRow): VersionedDocument {
  return {
    id: row.id,
    kind: row.kind,
    appId: row.app_id,
    formId: row.form_id,
    draft: JSON.parse(row.draft_schema) as JsonObject,
    draftRevision: row.draft_revision,
    published:
      row.v_version === null || row.v_schema === null
        ? null
        : {
            documentId: row.id,
            version: row.v_version,
            schema: JSON.parse(row.v_schema) as JsonObject,
            draftRevision: row.v_draft_revision ?? 0,
            publishedAt: row.v_published_at ?? 0,
            publishedBy: row.v_published_by,
          },
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
    archivedBy: row.archived_by,
  };
}

function toVersion(row: VersionRow): DocumentVersion {
  return {
    documentId: row.document_id,
    version: row.version,
    schema: JSON.parse(row.schema) as JsonObject,
    draftRevision: row.draft_revision,
    publishedAt: row.published_at,
    publishedBy: row.published_by,
  };
}
