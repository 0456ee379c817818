import type { FormSchema } from '@formwork/runtime';
import type { PgQueryable } from '../PgQueryable.js';
import type { Form, FormStore, FormVersion, NewForm } from '../../FormStore.js';
import { readBigint, readNullableBigint } from './readBigint.js';

interface FormRow {
  id: string;
  app_id: string;
  title: string;
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
  form_id: string;
  version: number;
  schema: string;
  draft_revision: number;
  published_at: number | string;
  published_by: string | null;
}

// Every form read joins its published version, so callers never make a second trip for it.
const selectForm = `SELECT f.id, f.app_id, f.title, f.draft_schema, f.draft_revision, f.created_by, f.created_at,
    f.updated_by, f.updated_at, f.archived_at, f.archived_by, v.version AS v_version, v.schema AS v_schema, v.draft_revision AS v_draft_revision,
    v.published_at AS v_published_at, v.published_by AS v_published_by
  FROM forms f LEFT JOIN form_versions v ON v.form_id = f.id AND v.version = f.published_version`;

const versionColumns = 'form_id, version, schema, draft_revision, published_at, published_by';

/**
 * FormStore over PostgreSQL. Schemas are TEXT holding the JSON exactly as written (see the
 * migration), read back with JSON.parse. Draft saves and archiving are compare-and-set UPDATEs:
 * under READ COMMITTED a second writer waits for the first's row lock and then re-checks the
 * WHERE against the committed row, so exactly one of them matches.
 */
export function createPgFormStore(db: PgQueryable): FormStore {
  const forms = async (where: string, values: unknown[]): Promise<Form[]> => {
    const { rows } = await db.query<FormRow>(`${selectForm} ${where}`, values);
    return rows.map(toForm);
  };
  const findById = async (id: string): Promise<Form | undefined> => (await forms('WHERE f.id = $1', [id]))[0];

  return {
    async create(form: NewForm) {
      const { rows } = await db.query<FormRow>(
        `INSERT INTO forms (id, app_id, title, draft_schema, draft_revision, published_version, created_by, created_at, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, 1, NULL, $5, $6, $5, $6)
         RETURNING id, app_id, title, draft_schema, draft_revision, created_by, created_at, updated_by, updated_at, archived_at, archived_by,
           NULL AS v_version, NULL AS v_schema, NULL AS v_draft_revision, NULL AS v_published_at, NULL AS v_published_by`,
        [form.id, form.appId, form.draft.title, JSON.stringify(form.draft), form.createdBy, form.createdAt],
      );
      // A new form has nothing published: the row it returns is all there is to read.
      if (!rows[0]) throw new Error(`form ${form.id} was not written`);
      return toForm(rows[0]);
    },
    findById,
    listByApp: (appId) => forms('WHERE f.app_id = $1 ORDER BY f.created_at, f.id', [appId]),
    listPublished: () => forms('WHERE v.version IS NOT NULL AND f.archived_at IS NULL ORDER BY f.created_at, f.id', []),
    async setArchived(id, archived) {
      const result = archived
        ? await db.query('UPDATE forms SET archived_at = $2, archived_by = $3 WHERE id = $1 AND archived_at IS NULL', [id, archived.at, archived.by])
        : await db.query('UPDATE forms SET archived_at = NULL, archived_by = NULL WHERE id = $1 AND archived_at IS NOT NULL', [id]);
      return (result.rowCount ?? 0) > 0;
    },
    async saveDraft(id, draft, expectedRevision, updatedBy, updatedAt) {
      const { rows } = await db.query<{ draft_revision: number }>(
        `UPDATE forms SET draft_schema = $2, title = $3, draft_revision = draft_revision + 1, updated_by = $4, updated_at = $5
         WHERE id = $1 AND draft_revision = $6 RETURNING draft_revision`,
        [id, JSON.stringify(draft), draft.title, updatedBy, updatedAt, expectedRevision],
      );
      return rows[0]?.draft_revision;
    },
    async addVersion(formVersion: FormVersion) {
      // One statement, so the version and the form pointing at it commit together even on the pool.
      await db.query(
        `WITH added AS (
           INSERT INTO form_versions (form_id, version, schema, draft_revision, published_at, published_by)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING form_id, version
         ) UPDATE forms SET published_version = added.version FROM added WHERE forms.id = added.form_id`,
        [
          formVersion.formId,
          formVersion.version,
          JSON.stringify(formVersion.schema),
          formVersion.draftRevision,
          formVersion.publishedAt,
          formVersion.publishedBy,
        ],
      );
    },
    async findVersion(formId, version) {
      const { rows } = await db.query<VersionRow>(`SELECT ${versionColumns} FROM form_versions WHERE form_id = $1 AND version = $2`, [formId, version]);
      return rows[0] ? toVersion(rows[0]) : undefined;
    },
    async listVersions(formId) {
      const { rows } = await db.query<VersionRow>(`SELECT ${versionColumns} FROM form_versions WHERE form_id = $1 ORDER BY version`, [formId]);
      return rows.map(toVersion);
    },
  };
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

function toVersion(row: VersionRow): FormVersion {
  return {
    formId: row.form_id,
    version: row.version,
    schema: JSON.parse(row.schema) as FormSchema,
    draftRevision: row.draft_revision,
    publishedAt: readBigint(row.published_at),
    publishedBy: row.published_by,
  };
}
