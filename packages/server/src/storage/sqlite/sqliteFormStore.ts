import type { Synchronous } from './Synchronous.js';
import type { FormSchema } from '@formwork/runtime';
import type { SqliteDatabase } from './openDatabase.js';
import type { Form, FormStore, FormVersion, NewForm } from '../FormStore.js';

interface FormRow {
  id: string;
  app_id: string;
  title: string;
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
  form_id: string;
  version: number;
  schema: string;
  draft_revision: number;
  published_at: number;
  published_by: string | null;
}

// Every form read joins its published version, so callers never make a second trip for it.
const selectForm = `SELECT f.id, f.app_id, f.title, f.draft_schema, f.draft_revision, f.created_by, f.created_at,
    f.updated_by, f.updated_at, f.archived_at, f.archived_by, v.version AS v_version, v.schema AS v_schema, v.draft_revision AS v_draft_revision,
    v.published_at AS v_published_at, v.published_by AS v_published_by
  FROM forms f LEFT JOIN form_versions v ON v.form_id = f.id AND v.version = f.published_version`;

/**
 * FormStore over SQLite. Schemas are stored as JSON text that passed `checkFormSchema` on the way
 * in, so reading them back is a plain JSON.parse.
 */
export function createSqliteFormStore(db: SqliteDatabase): Synchronous<FormStore> {
  const insert = db.prepare(
    `INSERT INTO forms (id, app_id, title, draft_schema, draft_revision, published_version, created_by, created_at, updated_by, updated_at)
     VALUES (@id, @appId, @title, @draft, 1, NULL, @createdBy, @createdAt, @createdBy, @createdAt)`,
  );
  const byId = db.prepare<[string], FormRow>(`${selectForm} WHERE f.id = ?`);
  const byApp = db.prepare<[string], FormRow>(`${selectForm} WHERE f.app_id = ? ORDER BY f.created_at, f.id`);
  const published = db.prepare<[], FormRow>(`${selectForm} WHERE v.version IS NOT NULL AND f.archived_at IS NULL ORDER BY f.created_at, f.id`);
  const archive = db.prepare('UPDATE forms SET archived_at = ?, archived_by = ? WHERE id = ? AND archived_at IS NULL');
  const unarchive = db.prepare('UPDATE forms SET archived_at = NULL, archived_by = NULL WHERE id = ? AND archived_at IS NOT NULL');
  const saveDraft = db.prepare(
    `UPDATE forms SET draft_schema = @draft, title = @title, draft_revision = draft_revision + 1,
       updated_by = @updatedBy, updated_at = @updatedAt
     WHERE id = @id AND draft_revision = @expectedRevision`,
  );
  const insertVersion = db.prepare(
    `INSERT INTO form_versions (form_id, version, schema, draft_revision, published_at, published_by)
     VALUES (@formId, @version, @schema, @draftRevision, @publishedAt, @publishedBy)`,
  );
  const setPublished = db.prepare('UPDATE forms SET published_version = ? WHERE id = ?');
  const version = db.prepare<[string, number], VersionRow>('SELECT * FROM form_versions WHERE form_id = ? AND version = ?');
  const versions = db.prepare<[string], VersionRow>('SELECT * FROM form_versions WHERE form_id = ? ORDER BY version');

  return {
    create(form: NewForm) {
      insert.run({ ...form, title: form.draft.title, draft: JSON.stringify(form.draft) });
      return mustFind(form.id);
    },
    findById: (id) => {
      const row = byId.get(id);
      return row ? toForm(row) : undefined;
    },
    listByApp: (appId) => byApp.all(appId).map(toForm),
    listPublished: () => published.all().map(toForm),
    setArchived: (id, archived) => (archived ? archive.run(archived.at, archived.by, id) : unarchive.run(id)).changes > 0,
    saveDraft(id, draft, expectedRevision, updatedBy, updatedAt) {
      const result = saveDraft.run({ id, draft: JSON.stringify(draft), title: draft.title, expectedRevision, updatedBy, updatedAt });
      return result.changes === 0 ? undefined : expectedRevision + 1;
    },
    addVersion(formVersion: FormVersion) {
      insertVersion.run({ ...formVersion, schema: JSON.stringify(formVersion.schema) });
      setPublished.run(formVersion.version, formVersion.formId);
    },
    findVersion: (formId, number) => {
      const row = version.get(formId, number);
      return row ? toVersion(row) : undefined;
    },
    listVersions: (formId) => versions.all(formId).map(toVersion),
  };

  function mustFind(id: string): Form {
    const row = byId.get(id);
    if (!row) throw new Error(`form ${id} vanished`);
    return toForm(row);
  }
}

function toForm(row: FormRow): Form {
  return {
    id: row.id,
    appId: row.app_id,
    title: row.title,
    draft: JSON.parse(row.draft_schema) as FormSchema,
    draftRevision: row.draft_revision,
    published:
      row.v_version === null || row.v_schema === null
        ? null
        : {
            formId: row.id,
            version: row.v_version,
            schema: JSON.parse(row.v_schema) as FormSchema,
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

function toVersion(row: VersionRow): FormVersion {
  return {
    formId: row.form_id,
    version: row.version,
    schema: JSON.parse(row.schema) as FormSchema,
    draftRevision: row.draft_revision,
    publishedAt: row.published_at,
    publishedBy: row.published_by,
  };
}
