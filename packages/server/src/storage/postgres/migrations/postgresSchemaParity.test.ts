import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase } from '../../sqlite/migrateDatabase.js';
import { openDatabase, type SqliteDatabase } from '../../sqlite/openDatabase.js';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase.js';

// The two dialects' migrations must leave the same logical schema: same tables, same columns,
// same NOT NULLs, same named indexes. A schema change made in one dialect only fails here.

let sqlite: SqliteDatabase;
let database: TestDatabase;
let postgres: Client;
beforeAll(async () => {
  sqlite = openDatabase(':memory:');
  migrateDatabase(sqlite, () => 1);
  database = await createTestDatabase();
  postgres = new Client({ connectionString: database.url });
  await postgres.connect();
});
afterAll(async () => {
  sqlite.close();
  await postgres.end();
  await database.drop();
});

describe('the PostgreSQL and SQLite schemas', () => {
  it('have the same tables and columns, NOT NULL alike', async () => {
    const tables = sqlite
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'")
      .all()
      .map((row) => row.name);
    const sqliteColumns = tables.flatMap((table) =>
      sqlite
        .prepare<[], { name: string; notnull: number; pk: number }>(`SELECT name, "notnull", pk FROM pragma_table_info('${table}')`)
        .all()
        // A SQLite primary key column may hold NULL unless declared NOT NULL; none here ever does.
        .map((column) => `${table}.${column.name}${column.notnull === 1 || column.pk > 0 ? ' NOT NULL' : ''}`),
    );
    const { rows } = await postgres.query<{ column: string }>(
      `SELECT table_name || '.' || column_name || CASE WHEN is_nullable = 'NO' THEN ' NOT NULL' ELSE '' END AS column
         FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    expect(rows.map((row) => row.column).sort()).toEqual(sqliteColumns.sort());
  });

  it('have the same named indexes', async () => {
    const sqliteIndexes = sqlite
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
      .all()
      .map((row) => row.name);
    // Primary keys and UNIQUE columns get indexes named by PostgreSQL, unnamed in SQLite.
    const { rows } = await postgres.query<{ name: string }>(
      `SELECT i.relname AS name FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
        WHERE i.relnamespace = 'public'::regnamespace
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)`,
    );
    expect(rows.map((row) => row.name).sort()).toEqual(sqliteIndexes.sort());
  });

  it('have the same unique constraints', async () => {
    const tables = sqlite
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'")
      .all()
      .map((row) => row.name);
    const sqliteUnique = tables.flatMap((table) => {
      // The primary key from the columns: an INTEGER PRIMARY KEY is the rowid and has no index.
      const primaryKey = sqlite
        .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}') WHERE pk > 0 ORDER BY pk`)
        .all()
        .map((column) => column.name);
      const uniques = sqlite
        .prepare<[], { name: string }>(`SELECT name FROM pragma_index_list('${table}') WHERE "unique" = 1 AND origin = 'u'`)
        .all()
        .map((index) =>
          sqlite
            .prepare<[], { name: string }>(`SELECT name FROM pragma_index_info('${index.name}') ORDER BY seqno`)
            .all()
            .map((column) => column.name),
        );
      return [primaryKey, ...uniques].filter((columns) => columns.length > 0).map((columns) => `${table}(${columns.join(',')})`);
    });
    const { rows } = await postgres.query<{ key: string }>(
      `SELECT c.conrelid::regclass::text || '(' || string_agg(a.attname, ',' ORDER BY k.ord) || ')' AS key
         FROM pg_constraint c
         CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
        WHERE c.contype IN ('p', 'u') AND c.connamespace = 'public'::regnamespace
        GROUP BY c.oid, c.conrelid`,
    );
    expect(rows.map((row) => row.key).sort()).toEqual(sqliteUnique.sort());
  });
});
