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

describe('PostgreSQL migration 0013 (score run text)', () => {
  it('keeps the runs stored before it and stops checking the inputs and sheet, not the write stamps', async () => {
    await migratePostgres(client, now, postgresMigrations.filter((migration) => migration.version < 13));
    // Only the runs' columns are under test: their scheme and user need not exist.
    await client.query('SET session_replication_role = replica');
    const insert = `INSERT INTO score_runs (id, scheme_id, scheme_version, period, trial, inputs, sheet, form_stamps, computed_at) VALUES ($1, 'sch', 1, '2026-11', false, $2, $3, $4, 1)`;
    await client.query(insert, ['srn_1', '{"period":"2026-11"}', '{"people":[]}', '{}']);
    await expect(client.query(insert, ['srn_bad', 'not json', '{}', '{}'])).rejects.toThrow(/json/);
    await migratePostgres(client, now);
    await client.query(insert, ['srn_2', 'not json', 'not json either', '{}']);
    await expect(client.query(insert, ['srn_3', '{}', '{}', 'not json'])).rejects.toThrow(/json/);
    await client.query('SET session_replication_role = DEFAULT');
    const { rows } = await client.query<{ id: string; sheet: string }>('SELECT id, sheet FROM score_runs ORDER BY seq');
    expect(rows).toEqual([
      { id: 'srn_1', sheet: '{"people":[]}' },
      { id: 'srn_2', sheet: 'not json either' },
    ]);
  });
});
