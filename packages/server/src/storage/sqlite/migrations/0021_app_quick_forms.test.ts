import { describe, expect, it } from 'vitest';
import { migrateDatabase } from '../migrateDatabase.js';
import { openDatabase } from '../openDatabase.js';
import { migrations } from './index.js';

const now = () => 1_700_000_000_000;

describe('migration 0021 (app quick forms)', () => {
  it('gives the apps made before it no quick forms, and holds only a JSON array', () => {
    const db = openDatabase(':memory:');
    migrateDatabase(db, now, migrations.filter((migration) => migration.version < 21));
    db.prepare("INSERT INTO apps (id, name, description, created_at, updated_at) VALUES ('app_old', 'Old', '', 1, 1)").run();
    migrateDatabase(db, now);
    expect(db.prepare("SELECT quick_forms FROM apps WHERE id = 'app_old'").get()).toEqual({ quick_forms: '[]' });
    db.prepare(`UPDATE apps SET quick_forms = '["frm_1"]' WHERE id = 'app_old'`).run();
    expect(() => db.prepare(`UPDATE apps SET quick_forms = '{"a":1}' WHERE id = 'app_old'`).run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE apps SET quick_forms = 'frm_1' WHERE id = 'app_old'").run()).toThrow();
    db.close();
  });
});
