import { inspect } from 'node:util';
import type { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { describePostgresUrl } from './describePostgresUrl.js';
import { openPostgres } from './openPostgres.js';
import { createTestDatabase, type TestDatabase } from './testing/createTestDatabase.js';

let database: TestDatabase;
let pool: Pool;
beforeAll(async () => {
  database = await createTestDatabase();
  pool = await openPostgres(database.url);
});
afterAll(async () => {
  await pool.end();
  await database.drop();
});

async function failureOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('openPostgres', () => {
  it('reads BIGINT as numbers: millisecond times, seqs and counts', async () => {
    await pool.query(`INSERT INTO apps (id, name, created_at, updated_at) VALUES ('a1', 'CRM', 1700000000123, 1700000000123)`);
    const { rows } = await pool.query('SELECT created_at, (SELECT count(*) FROM apps) AS n FROM apps');
    expect(rows).toEqual([{ created_at: 1_700_000_000_123, n: 1 }]);
  });

  it('fails a query whose BIGINT a number cannot hold exactly, instead of rounding it', async () => {
    await expect(pool.query('SELECT 9007199254740993::bigint AS big')).rejects.toThrow(/9007199254740993/);
    expect((await pool.query('SELECT 9007199254740991::bigint AS big')).rows).toEqual([{ big: 9_007_199_254_740_991 }]);
  });

  it('sets the BIGINT parser on its own pool only, not on the pg module', async () => {
    const { Client } = await import('pg');
    const plain = new Client({ connectionString: database.url });
    await plain.connect();
    try {
      expect((await plain.query('SELECT 5::bigint AS n')).rows).toEqual([{ n: '5' }]);
    } finally {
      await plain.end();
    }
  });

  it('cancels runaway statements and names its connections', async () => {
    const { rows } = await pool.query<{ statement_timeout: string; application_name: string }>(
      "SELECT current_setting('statement_timeout') AS statement_timeout, current_setting('application_name') AS application_name",
    );
    expect(rows).toEqual([{ statement_timeout: '1min', application_name: 'formwork' }]);
    const quick = await openPostgres(database.url, { statementTimeoutMs: 50 });
    try {
      await expect(quick.query('SELECT pg_sleep(2)')).rejects.toThrow(/statement timeout/);
    } finally {
      await quick.end();
    }
  });

  it('says where it could not connect, never the password', async () => {
    const error = await failureOf(openPostgres('postgres://formwork:s3cret-pw@127.0.0.1:1/crm'));
    expect(error.message).toContain('formwork@127.0.0.1:1/crm');
    expect(error.message).toMatch(/ECONNREFUSED/);
    expect(inspect(error)).not.toContain('s3cret-pw');
  });

  it('reports a database that does not exist, without the password', async () => {
    const url = new URL(inject('postgresUrl'));
    url.password = 's3cret-pw';
    url.pathname = '/no_such_database';
    const error = await failureOf(openPostgres(url.toString()));
    expect(error.message).toContain(`postgres@127.0.0.1:${url.port}/no_such_database`);
    expect(error.message).toMatch(/does not exist/);
    expect(inspect(error)).not.toContain('s3cret-pw');
  });

  it('refuses a malformed URL without echoing it', async () => {
    const error = await failureOf(openPostgres('postgres://formwork:s3cret-pw@[bad/crm'));
    expect(error.message).toMatch(/not a valid postgres:\/\/ URL/);
    expect(inspect(error)).not.toContain('s3cret-pw');
    expect((await failureOf(openPostgres('mysql://formwork:s3cret-pw@db/crm'))).message).toMatch(/must start with postgres:\/\/, not mysql:/);
  });
});

describe('describePostgresUrl', () => {
  it('names user, host, port and database, with the defaults filled in', () => {
    expect(describePostgresUrl('postgres://app:secret@db.example:5433/formwork')).toBe('app@db.example:5433/formwork');
    expect(describePostgresUrl('postgresql://app@db.example')).toBe('app@db.example:5432/app');
    expect(describePostgresUrl('postgres:///formwork?host=/var/run/postgresql')).toBe('/var/run/postgresql:5432/formwork');
  });
});
