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

describe('PostgreSQL migration 0010 (flow purposes)', () => {
  it("marks the instances stored before it that carry a change as change flows, and the rest as the records' own", async () => {
    await migratePostgres(client, now, postgresMigrations.filter((migration) => migration.version < 10));
    // Only the column's backfill is under test: the rows' records, forms and users need not exist.
    await client.query('SET session_replication_role = replica');
    const insert = `INSERT INTO flow_instances (id, record_id, form_id, workflow_version, initiator_id, status, revision, state, flow_state, started_at, updated_at)
       VALUES ($1, 'r1', 'f', 1, 'u1', $2, 1, $3, '{}', 100, 100)`;
    await client.query(insert, ['approval', 'completed', JSON.stringify({ id: 'approval' })]);
    await client.query(insert, ['change', 'rejected', JSON.stringify({ id: 'change', change: { proposedBy: 'u2', diff: {} } })]);
    await client.query('SET session_replication_role = DEFAULT');
    await migratePostgres(client, now);
    const { rows } = await client.query<{ id: string; purpose: string }>('SELECT id, purpose FROM flow_instances ORDER BY id COLLATE "C"');
    expect(rows).toEqual([
      { id: 'approval', purpose: 'record' },
      { id: 'change', purpose: 'change' },
    ]);
    await expect(client.query("UPDATE flow_instances SET purpose = 'other' WHERE id = 'approval'")).rejects.toThrow(/check constraint/);
  });
});
