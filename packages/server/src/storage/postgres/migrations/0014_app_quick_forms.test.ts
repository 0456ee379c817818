import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migratePostgres } from '../migratePostgres.js';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase.js';
import { postgresMigrations } from './index.js';

const now = () => 1_700_000_000_000;

let database: TestDatabase;
let client: Client;
beforeAll(async () => {
  database = await createTestDatabase({ empty: true });
  client = new Client({ connectionString: database.url });
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await database.drop();
});

describe('PostgreSQL migration 0014 (app quick forms)', () => {
  it('gives the apps made before it no quick forms, and holds only a JSON array', async () => {
    await migratePostgres(client, now, postgresMigrations.filter((migration) => migration.version < 14));
    await client.query("INSERT INTO apps (id, name, description, created_at, updated_at) VALUES ('app_old', 'Old', '', 1, 1)");
    await migratePostgres(client, now, postgresMigrations);
    expect((await client.query("SELECT quick_forms FROM apps WHERE id = 'app_old'")).rows).toEqual([{ quick_forms: '[]' }]);
    await client.query(`UPDATE apps SET quick_forms = '["frm_1"]' WHERE id = 'app_old'`);
    await expect(client.query(`UPDATE apps SET quick_forms = '{"a":1}' WHERE id = 'app_old'`)).rejects.toThrow(/check constraint/);
    await expect(client.query("UPDATE apps SET quick_forms = 'frm_1' WHERE id = 'app_old'")).rejects.toThrow();
  });
});
