import type { PgQueryable } from '../PgQueryable.js';
import type { App, AppChanges, AppStore, NewApp, TemplateOrigin } from '../../AppStore.js';
import { readBigint } from './readBigint.js';

interface AppRow {
  id: string;
  name: string;
  description: string;
  icon: string | null;
  color: string | null;
  created_by: string | null;
  created_at: number | string;
  updated_at: number | string;
  origin: string | null;
  quick_forms: string;
}

const columns = 'id, name, description, icon, color, created_by, created_at, updated_at, origin, quick_forms';

/** AppStore over PostgreSQL. */
export function createPgAppStore(db: PgQueryable): AppStore {
  const one = async (text: string, values: unknown[]): Promise<App | undefined> => {
    const { rows } = await db.query<AppRow>(text, values);
    return rows[0] ? toApp(rows[0]) : undefined;
  };

  return {
    async create(app: NewApp) {
      const created = await one(
        `INSERT INTO apps (id, name, description, icon, created_by, created_at, updated_at, origin, color, quick_forms)
         VALUES ($1, $2, $3, $4, $5, $6, $6, $7, $8, $9) RETURNING ${columns}`,
        [app.id, app.name, app.description, app.icon, app.createdBy, app.createdAt, app.origin ? JSON.stringify(app.origin) : null, app.color ?? null, JSON.stringify(app.quickForms ?? [])],
      );
      if (!created) throw new Error(`app ${app.id} was not written`);
      return created;
    },
    findById: (id) => one(`SELECT ${columns} FROM apps WHERE id = $1`, [id]),
    async list() {
      const { rows } = await db.query<AppRow>(`SELECT ${columns} FROM apps ORDER BY created_at, id`);
      return rows.map(toApp);
    },
    update: (id: string, changes: AppChanges, updatedAt: number) =>
      one(
        `UPDATE apps SET
           name = coalesce($2::text, name),
           description = coalesce($3::text, description),
           icon = CASE WHEN $4::boolean THEN $5::text ELSE icon END,
           color = CASE WHEN $7::boolean THEN $8::text ELSE color END,
           quick_forms = coalesce($9::text, quick_forms),
           updated_at = $6
         WHERE id = $1 RETURNING ${columns}`,
        [id, changes.name ?? null, changes.description ?? null, changes.icon !== undefined, changes.icon ?? null, updatedAt, changes.color !== undefined, changes.color ?? null, changes.quickForms ? JSON.stringify(changes.quickForms) : null],
      ),
  };
}

function toApp(row: AppRow): App {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    icon: row.icon,
    color: row.color,
    createdBy: row.created_by,
    createdAt: readBigint(row.created_at),
    updatedAt: readBigint(row.updated_at),
    origin: row.origin === null ? null : (JSON.parse(row.origin) as TemplateOrigin),
    quickForms: JSON.parse(row.quick_forms) as string[],
  };
}
