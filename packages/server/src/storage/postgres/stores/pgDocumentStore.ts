import type { JsonObject } from '@formwork/runtime';
import type { DocumentStore, DocumentVersion, NewDocument, VersionedDocument, VersionedDocumentKind } from '../../DocumentStore.js';
import type { PgQueryable } from '../PgQueryable.js';
import { readBigint, readNullableBigint } from './readBigint.js';

interface DocumentRow {
  id: string;
  kind: VersionedDocumentKind;
  app_id: string;
  form_id: string | null;
  draft_schema: string;
  draft_revision: number;
  created_by: string | null;
  created_at: number | string;
  updated_by: string | null;
  updated_at: number | string;
  archived_at: number | string | null;
  archived_by: string | null;
  v_version: number | null;
  v_schema: string | null;
  v_draft_revision: number | null;
  v_published_at: number | string | null;
  v_published_by: string | null;
}

interface VersionRow {
  document_id: string;
  version: number;
  schema: string;
  draft_revision: number;
  published_at: number | string;
  published_by: string | null;
}

// Every read joins the published version, so callers never make a second trip for it.
const selectDocument = `SELECT d.id, d.kind, d.app_id, d.form_id, d.draft_schema, d.draft_revision, d.created_by, d.created_at,
    d.updated_by, d.updated_at, d.archived_at, d.archived_by, v.version AS v_version, v.schema AS v_schema,
    v.draft_revision AS v_draft_revision, v.published_at AS v_published_at, v.published_by AS v_published_by
  FROM documents d LEFT JOIN document_versions v ON v.document_id = d.id AND v.version = d.published_version`;

const versionColumns = 'document_id, version, schema, draft_revision, published_at, published_by';

/**
 * DocumentStore over PostgreSQL. Schemas are TEXT holding the JSON as written. Draft saves,
 * archiving and publishing are compare-and-set UPDATEs of the document row: under READ COMMITTED
 * a second writer waits for the first's row lock and re-checks its WHERE against the committed
 * row, so of two saves of one revision one wins, and a publish claims the next number only while
 * its revision is unpublished — one statement that also appends the version, atomic on the pool.
 */
export function createPgDocumentStore(db: PgQueryable): DocumentStore {
  const documents = async (where: string, values: unknown[]): Promise<VersionedDocument[]> => {
    const { rows } = await db.query<DocumentRow>(`${selectDocument} ${where}`, values);
    return rows.map(toDocument);
  };

  return {
    async create(document: NewDocument) {
      const { rows } = await db.query<DocumentRow>(
        `INSERT INTO documents (id, kind, app_id, form_id, draft_schema, draft_revision, created_by, created_at, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, 1, $6, $7, $6, $7)
         RETURNING id, kind, app_id, form_id, draft_schema, draft_revision, created_by, created_at, updated_by, updated_at, archived_at, archived_by,
           NULL AS v_version, NULL AS v_schema, NULL AS v_draft_revision, NULL AS v_published_at, NULL AS v_published_by`,
        [document.id, document.kind, document.appId, document.formId, JSON.stringify(document.draft), document.createdBy, document.createdAt],
      );
      // A new document has nothing published: the row it returns is all there is to read.
      if (!rows[0]) throw new Error(`document ${document.id} was not written`);
      return toDocument(rows[0]);
    },
    findById: async (id) => (await documents('WHERE d.id = $1', [id]))[0],
    listByApp: (appId, kind) => documents('WHERE d.app_id = $1 AND d.kind = $2 ORDER BY d.created_at, d.id', [appId, kind]),
    findByForm: async (formId, kind) => (await documents('WHERE d.form_id = $1 AND d.kind = $2', [formId, kind]))[0],
    async saveDraft(id, draft, expectedRevision, updatedBy, updatedAt) {
      const { rows } = await db.query<{ draft_revision: number }>(
        `UPDATE documents SET draft_schema = $2, draft_revision = draft_revision + 1, updated_by = $3, updated_at = $4
         WHERE id = $1 AND draft_revision = $5 RETURNING draft_revision`,
        [id, JSON.stringify(draft), updatedBy, updatedAt, expectedRevision],
      );
      return rows[0]?.draft_revision;
    },
    async publish(id, publication) {
      const { rows } = await db.query<{ version: number }>(
        `WITH claimed AS (
           UPDATE documents SET published_version = coalesce(published_version, 0) + 1, published_draft_revision = draft_revision
           WHERE id = $1 AND draft_revision = $2 AND published_draft_revision IS DISTINCT FROM draft_revision
           RETURNING id, published_version
         )
         INSERT INTO document_versions (document_id, version, schema, draft_revision, published_at, published_by)
         SELECT id, published_version, $3, $2, $4, $5 FROM claimed
         RETURNING version`,
        [id, publication.draftRevision, JSON.stringify(publication.schema), publication.publishedAt, publication.publishedBy],
      );
      const claimed = rows[0];
      return claimed ? { documentId: id, version: claimed.version, ...publication } : undefined;
    },
    async findVersion(documentId, version) {
      const { rows } = await db.query<VersionRow>(`SELECT ${versionColumns} FROM document_versions WHERE document_id = $1 AND version = $2`, [documentId, version]);
      return rows[0] ? toVersion(rows[0]) : undefined;
    },
    async listVersions(documentId) {
      const { rows } = await db.query<VersionRow>(`SELECT ${versionColumns} FROM document_versions WHERE document_id = $1 ORDER BY version`, [documentId]);
      return rows.map(toVersion);
    },
    async setArchived(id, archived) {
      const result = archived
        ? await db.query('UPDATE documents SET archived_at = $2, archived_by = $3 WHERE id = $1 AND archived_at IS NULL', [id, archived.at, archived.by])
        : await db.query('UPDATE documents SET archived_at = NULL, archived_by = NULL WHERE id = $1 AND archived_at IS NOT NULL', [id]);
      return (result.rowCount ?? 0) > 0;
    },
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
            publishedAt: readNullableBigint(row.v_published_at) ?? 0,
            publishedBy: row.v_published_by,
          },
    createdBy: row.created_by,
    createdAt: readBigint(row.created_at),
    updatedBy: row.updated_by,
    updatedAt: readBigint(row.updated_at),
    archivedAt: readNullableBigint(row.archived_at),
    archivedBy: row.archived_by,
  };
}

function toVersion(row: VersionRow): DocumentVersion {
  return {
    documentId: row.document_id,
    version: row.version,
    schema: JSON.parse(row.schema) as JsonObject,
    draftRevision: row.draft_revision,
    publishedAt: readBigint(row.published_at),
    publishedBy: row.published_by,
  };
}
