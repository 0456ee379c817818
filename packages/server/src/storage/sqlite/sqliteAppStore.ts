import type { Synchronous } from './Synchronous.js';
import type { SqliteDatabase } from './openDatabase.js';
import type { App, AppChanges, AppStore, NewApp, TemplateOrigin } from '../AppStore.js';

interface AppRow {
  id: string;
  name: string;
  description: string;
  icon: string | null;
  color: string | null;
  created_by: string | null;
  created_at: number;
  updated_at: number;
  origin: string | null;
  quick_forms: string;
}

/** AppStore over SQLite prepared statements. */
export function createSqliteAppStore(db: SqliteDatabase): Synchronous<AppStore> {
  const insert = db.prepare(
    `INSERT INTO apps (id, name, description, icon, color, created_by, created_at, updated_at, origin, quick_forms)
     VALUES (@id, @name, @description, @icon, @color, @createdBy, @createdAt, @createdAt, @origin, @quickForms)`,
  );
  const byId = db.prepare<[string], AppRow>('SELECT * FROM apps WHERE id = ?');
  const all = db.prepare<[], AppRow>('SELECT * FROM apps ORDER BY created_at, id');
  const update = db.prepare(
    `UPDATE apps SET
       name = coalesce(@name, name),
       description = coalesce(@description, description),
       icon = CASE WHEN @setIcon THEN @icon ELSE icon END,
       color = CASE WHEN @setColor THEN @color ELSE color END,
       quick_forms = coalesce(@quickForms, quick_forms),
       updated_at = @updatedAt
     WHERE id = @id`,
  );

  return {
    create(app: NewApp) {
      insert.run({ id: app.id, name: app.name, description: app.description, icon: app.icon, color: app.color ?? null, createdBy: app.createdBy, createdAt: app.createdAt, origin: app.origin ? JSON.stringify(app.origin) : null, quickForms: JSON.stringify(app.quickForms ?? []) });
      return mustFind(app.id);
    },
    findById: (id) => {
      const row = byId.get(id);
      return row ? toApp(row) : undefined;
    },
    list: () => all.all().map(toApp),
    update(id: string, changes: AppChanges, updatedAt: number) {
      const result = update.run({
        id,
        name: changes.name ?? null,
        description: changes.description ?? null,
        setIcon: changes.icon !== undefined ? 1 : 0,
        icon: changes.icon ?? null,
        setColor: changes.color !== undefined ? 1 : 0,
        color: changes.color ?? null,
        quickForms: changes.quickForms ? JSON.stringify(changes.quickForms) : null,
        updatedAt,
      });
      return result.changes === 0 ? undefined : mustFind(id);
    },
  };

  function mustFind(id: string): App {
    const row = byId.get(id);
    if (!row) throw new Error(`app ${id} vanished`);
    return toApp(row);
  }
}

function toApp(row: AppRow): App {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    icon: row.icon,
    color: row.color,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    origin: row.origin === null ? null : (JSON.parse(row.origin) as TemplateOrigin),
    quickForms: JSON.parse(row.quick_forms) as string[],
  };
}
