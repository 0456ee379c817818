import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Migration } from './Migration.js';
import { migrateDatabase } from './migrateDatabase.js';
import { migrations } from './migrations/index.js';
import { databasePath, openDatabase } from './openDatabase.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'formwork-migrate-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const now = () => 1_700_000_000_000;

describe('openDatabase', () => {
  it('creates the folder and sets WAL, synchronous FULL, foreign keys and a busy timeout', () => {
    const db = openDatabase(databasePath(join(dir, 'nested', 'data')));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });
});

describe('migrateDatabase', () => {
  it('applies every migration once and records it', () => {
    const db = openDatabase(databasePath(dir));
    const first = migrateDatabase(db, now);
    expect(first.applied).toEqual(migrations.map((m) => m.version));
    const rows = db.prepare('SELECT version, name, applied_at FROM schema_migrations ORDER BY version').all();
    expect(rows).toEqual(migrations.map((m) => ({ version: m.version, name: m.name, applied_at: now() })));
    db.close();
  });

  it('is idempotent across restarts and keeps the data', () => {
    const db = openDatabase(databasePath(dir));
    migrateDatabase(db, now);
    db.prepare("INSERT INTO apps (id, name, created_at, updated_at) VALUES ('a1', 'CRM', 1, 1)").run();
    db.close();
    const reopened = openDatabase(databasePath(dir));
    expect(migrateDatabase(reopened, now).applied).toEqual([]);
    expect(reopened.prepare('SELECT name FROM apps').pluck().all()).toEqual(['CRM']);
    reopened.close();
  });

  it('rolls back a failing migration entirely and does not record it', () => {
    const db = openDatabase(databasePath(dir));
    const broken: Migration[] = [
      { version: 1, name: 'ok', up: 'CREATE TABLE a (x INTEGER)' },
      { version: 2, name: 'broken', up: 'CREATE TABLE b (x INTEGER); INSERT INTO nowhere VALUES (1);' },
    ];
    expect(() => migrateDatabase(db, now, broken)).toThrow(/nowhere/);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toContain('a');
    expect(tables).not.toContain('b');
    expect(db.prepare('SELECT version FROM schema_migrations').pluck().all()).toEqual([1]);
    db.close();
  });

  it('refuses a database migrated by a newer Formwork', () => {
    const db = openDatabase(databasePath(dir));
    migrateDatabase(db, now);
    db.prepare("INSERT INTO schema_migrations VALUES (999, 'future', 1)").run();
    expect(() => migrateDatabase(db, now)).toThrow(/does not know \(999\)/);
    db.close();
  });

  it('refuses migrations out of order', () => {
    const db = openDatabase(':memory:');
    expect(() => migrateDatabase(db, now, [{ version: 2, name: 'x', up: '' }])).toThrow(/expected 1/);
    db.close();
  });

  it('makes published form versions immutable', () => {
    const db = openDatabase(databasePath(dir));
    migrateDatabase(db, now);
    db.exec(`INSERT INTO apps (id, name, created_at, updated_at) VALUES ('a', 'A', 1, 1);
      INSERT INTO forms (id, app_id, title, draft_schema, draft_revision, created_at, updated_at) VALUES ('f', 'a', 'F', '{}', 1, 1, 1);
      INSERT INTO form_versions (form_id, version, schema, draft_revision, published_at) VALUES ('f', 1, '{}', 1, 1);`);
    expect(() => db.exec("UPDATE form_versions SET schema = '[]'")).toThrow(/immutable/);
    expect(() => db.exec('DELETE FROM form_versions')).toThrow(/never deleted/);
    db.close();
  });
});
