import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase.js';
import { migrateDatabase } from '../../sqlite/migrateDatabase.js';
import { openDatabase, type SqliteDatabase } from '../../sqlite/openDatabase.js';

// The rules the `documents` and `document_versions` tables keep by themselves, in both dialects:
// versions are append-only, kinds are known, a workflow has a form, schemas are JSON. The
// DocumentStore never breaks them; these guard against code (or a hand) that goes around it.

const seed = `
  INSERT INTO apps (id, name, created_at, updated_at) VALUES ('a1', 'CRM', 1, 1);
  INSERT INTO forms (id, app_id, title, draft_schema, draft_revision, created_at, updated_at) VALUES ('f1', 'a1', 'Customers', '{}', 1, 1, 1);
  INSERT INTO documents (id, kind, app_id, form_id, draft_schema, draft_revision, published_version, published_draft_revision, created_at, updated_at)
    VALUES ('d1', 'workflow', 'a1', 'f1', '{}', 1, 1, 1, 1, 1);
  INSERT INTO document_versions (document_id, version, schema, draft_revision, published_at) VALUES ('d1', 1, '{}', 1, 1);
`;

const refused: readonly [string, RegExp][] = [
  ["UPDATE document_versions SET schema = '{\"a\":1}'", /document versions are immutable/],
  ['DELETE FROM document_versions', /document versions are never deleted/],
  ["INSERT INTO document_versions (document_id, version, schema, draft_revision, published_at) VALUES ('d1', 2, '{}', 1, 2)", /unique|UNIQUE/],
  ["INSERT INTO documents (id, kind, app_id, form_id, draft_schema, draft_revision, created_at, updated_at) VALUES ('d2', 'report', 'a1', NULL, '{}', 1, 1, 1)", /check|CHECK/],
  ["INSERT INTO documents (id, kind, app_id, form_id, draft_schema, draft_revision, created_at, updated_at) VALUES ('d3', 'workflow', 'a1', NULL, '{}', 1, 1, 1)", /check|CHECK/],
  ["INSERT INTO documents (id, kind, app_id, form_id, draft_schema, draft_revision, created_at, updated_at) VALUES ('d4', 'workflow', 'a1', 'f1', '{}', 1, 1, 1)", /unique|UNIQUE/],
  ["INSERT INTO documents (id, kind, app_id, form_id, draft_schema, draft_revision, created_at, updated_at) VALUES ('d5', 'dashboard', 'a1', NULL, '{not json', 1, 1, 1)", /json|CHECK/],
  ["DELETE FROM forms WHERE id = 'f1'", /foreign key|FOREIGN KEY/],
];

describe('the documents tables on SQLite', () => {
  let db: SqliteDatabase;
  beforeAll(() => {
    db = openDatabase(':memory:');
    migrateDatabase(db, () => 1);
    db.exec(seed);
  });
  afterAll(() => db.close());

  it.each(refused)('refuses %s', (sql, reason) => {
    expect(() => db.exec(sql)).toThrow(reason);
  });

  it('lets several app documents go without a form', () => {
    db.exec(`INSERT INTO documents (id, kind, app_id, form_id, draft_schema, draft_revision, created_at, updated_at)
      VALUES ('s1', 'scoring', 'a1', NULL, '{}', 1, 1, 1), ('s2', 'scoring', 'a1', NULL, '{}', 1, 1, 1)`);
    expect(db.prepare("SELECT count(*) FROM documents WHERE kind = 'scoring'").pluck().get()).toBe(2);
  });
});

describe('the documents tables on PostgreSQL', () => {
  let database: TestDatabase;
  let db: Client;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = new Client({ connectionString: database.url });
    await db.connect();
    await db.query(seed);
  });
  afterAll(async () => {
    await db.end();
    await database.drop();
  });

  it.each(refused)('refuses %s', async (sql, reason) => {
    await expect(db.query(sql)).rejects.toThrow(reason);
  });

  it('lets several app documents go without a form', async () => {
    await db.query(`INSERT INTO documents (id, kind, app_id, form_id, draft_schema, draft_revision, created_at, updated_at)
      VALUES ('s1', 'scoring', 'a1', NULL, '{}', 1, 1, 1), ('s2', 'scoring', 'a1', NULL, '{}', 1, 1, 1)`);
    expect((await db.query("SELECT count(*)::int AS n FROM documents WHERE kind = 'scoring'")).rows[0]).toEqual({ n: 2 });
  });
});
