import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { defaultSettings } from '../dist/config.js';
import { silentLogger } from '../dist/Logger.js';
// The server as shipped (`tsc` output): run from source, its import worker would load through tsx.
import { startServer } from '../dist/startServer.js';
import { csvRow, utf8Bom } from '../src/importExport/writeCsv.js';
import { publishNewForm } from '../src/records/testing/publishForm.js';
import { TestClient } from '../src/testing/TestClient.js';
import { benchCsvHeader, benchCsvRow, twentyFieldForm } from './benchForms.js';

const run = promisify(execFile);

export interface PgImportBenchResult {
  readonly rows: number;
  /** Through the API on PostgreSQL: upload, parse, convert, validate, one transaction. */
  readonly apiMs: number;
  /** psql `\copy` of the very rows the API stored, into `records` and a value table alike, one transaction. */
  readonly copyMs: number;
}

const adminPassword = 'bench-admin-password';

/**
 * Imports `rows` records of the 20-field form through `POST /api/forms/:id/import` into the
 * PostgreSQL database at `databaseUrl`, then writes the very rows it stored again with raw `COPY`
 * (psql `\copy`, as pg has no COPY stream of its own) in one transaction: the `records` rows under
 * new ids and seqs into `records` itself, and the value rows into a copy of the form's value
 * table (`LIKE … INCLUDING ALL`: same columns, same indexes). The CSV files are written before
 * the clock starts; psql's start-up (a few ms) is counted against COPY.
 */
export async function runPgImportBench(databaseUrl: string, rows: number): Promise<PgImportBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'formwork-bench-pgimport-'));
  try {
    const server = await startServer(
      { ...defaultSettings, port: 0, host: '127.0.0.1', dataDir: dir, databaseUrl, admin: { username: 'admin', password: adminPassword }, passwordHashCost: 10 },
      { logger: silentLogger },
    );
    let apiMs: number;
    let formId: string;
    try {
      const admin = new TestClient(server.url.replace('localhost', '127.0.0.1'));
      await admin.post('/api/auth/login', { username: 'admin', password: adminPassword });
      formId = await publishNewForm(admin, twentyFieldForm);
      let csv = utf8Bom + csvRow(benchCsvHeader());
      for (let index = 0; index < rows; index++) csv += csvRow(benchCsvRow(index));
      const body = Buffer.from(csv, 'utf8');
      const started = performance.now();
      const response = await admin.post<{ imported?: number }>(`/api/forms/${formId}/import`, undefined, {
        rawBody: body,
        headers: { 'content-type': 'text/csv', 'x-requested-with': 'bench' },
      });
      apiMs = performance.now() - started;
      if (response.status !== 200 || response.body.imported !== rows) throw new Error(`import failed: ${response.status} ${JSON.stringify(response.body).slice(0, 500)}`);
    } finally {
      await server.close();
    }

    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    let script: string;
    try {
      const tableNo = (await client.query<{ table_no: number }>('SELECT table_no FROM value_tables WHERE form_id = $1', [formId])).rows[0]?.table_no;
      if (tableNo === undefined) throw new Error('no value table');
      const table = `form_values_${String(Number(tableNo))}`;
      const offset = Number((await client.query<{ top: string }>('SELECT max(seq)::text AS top FROM records')).rows[0]?.top ?? 0);
      const columns = (
        await client.query<{ attname: string }>("SELECT attname FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum", [table])
      ).rows.map((row) => `"${row.attname}"`);
      await client.query(`CREATE TABLE bench_raw_values (LIKE ${table} INCLUDING ALL)`);
      const recordColumns = 'seq, id, form_id, form_version, data, version, creator_id, owner_id, owner_department_id, created_at, updated_at, updated_by, deleted_at, deleted_by';
      const recordsFile = join(dir, 'records.csv');
      const valuesFile = join(dir, 'values.csv');
      await psql(databaseUrl, dir, [
        `\\copy (SELECT seq + ${String(offset)}, 'raw_' || id, form_id, form_version, data, version, creator_id, owner_id, owner_department_id, created_at, updated_at, updated_by, deleted_at, deleted_by FROM records WHERE form_id = '${formId}' ORDER BY seq) TO '${recordsFile}' CSV`,
        `\\copy (SELECT ${columns.map((column) => (column === '"rid"' ? `rid + ${String(offset)}` : column)).join(', ')} FROM ${table} ORDER BY rid) TO '${valuesFile}' CSV`,
      ]);
      script = [`\\copy records (${recordColumns}) FROM '${recordsFile}' CSV`, `\\copy bench_raw_values FROM '${valuesFile}' CSV`].join('\n');
    } finally {
      await client.end();
    }
    const started = performance.now();
    await psql(databaseUrl, dir, script.split('\n'));
    const copyMs = performance.now() - started;
    return { rows, apiMs, copyMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs psql lines as one script in one transaction, stopping at the first error. */
async function psql(databaseUrl: string, dir: string, lines: readonly string[]): Promise<void> {
  const file = join(dir, `script-${String(Date.now())}.sql`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  await run('psql', ['--no-psqlrc', '-q', '-1', '-v', 'ON_ERROR_STOP=1', '-d', databaseUrl, '-f', file], { maxBuffer: 16 * 1024 * 1024 });
}
