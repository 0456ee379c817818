import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultSettings } from '../dist/config.js';
import { migrateDatabase } from '../src/storage/sqlite/migrateDatabase.js';
import { databasePath, openDatabase } from '../src/storage/sqlite/openDatabase.js';
import { csvRow, utf8Bom } from '../src/importExport/writeCsv.js';
import { publishNewForm } from '../src/records/testing/publishForm.js';
// The server as shipped (`tsc` output): run from source, its import worker would load through tsx.
import { startServer } from '../dist/startServer.js';
import { silentLogger } from '../dist/Logger.js';
import { TestClient } from '../src/testing/TestClient.js';
import { benchCsvHeader, benchCsvRow, twentyFieldForm } from './benchForms.js';

export interface ImportBenchResult {
  readonly rows: number;
  /** Through the API: upload, parse, convert, validate, one transaction. */
  readonly apiMs: number;
  /** Raw inserts of every row the import wrote: records, their value rows (and history entries, if any). */
  readonly rawMs: number;
  /** Raw inserts of the `records` rows alone. */
  readonly rawRecordsMs: number;
  /**
   * CPU time (user + system) of the same three runs: steadier than wall time on a shared machine.
   * The API's includes the bench's own HTTP client, which runs in the same process.
   */
  readonly apiCpuMs: number;
  readonly rawCpuMs: number;
  readonly rawRecordsCpuMs: number;
}

const cpuMsSince = (start: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

const adminPassword = 'bench-admin-password';

/**
 * Imports `rows` records of the 20-field form through `POST /api/forms/:id/import` (CSV over
 * HTTP: parse, convert, validate with the engine, one transaction), then inserts the very same
 * stored rows with raw better-sqlite3 (one prepared INSERT into `records`, one transaction) into
 * a fresh database, and times both.
 */
export async function runImportBench(rows: number): Promise<ImportBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'formwork-bench-import-'));
  const rawDir = mkdtempSync(join(tmpdir(), 'formwork-bench-raw-'));
  try {
    const server = await startServer(
      { ...defaultSettings, port: 0, host: '127.0.0.1', dataDir: dir, admin: { username: 'admin', password: adminPassword }, passwordHashCost: 10 },
      { logger: silentLogger },
    );
    const admin = new TestClient(server.url.replace('localhost', '127.0.0.1'));
    await admin.post('/api/auth/login', { username: 'admin', password: adminPassword });
    const formId = await publishNewForm(admin, twentyFieldForm);
    let csv = utf8Bom + csvRow(benchCsvHeader());
    for (let index = 0; index < rows; index++) csv += csvRow(benchCsvRow(index));
    const body = Buffer.from(csv, 'utf8');

    const started = performance.now();
    const apiCpu = process.cpuUsage();
    const response = await admin.post<{ imported?: number }>(`/api/forms/${formId}/import`, undefined, {
      rawBody: body,
      headers: { 'content-type': 'text/csv', 'x-requested-with': 'bench' },
    });
    const apiMs = performance.now() - started;
    const apiCpuMs = cpuMsSince(apiCpu);
    if (response.status !== 200 || response.body.imported !== rows) throw new Error(`import failed: ${response.status} ${JSON.stringify(response.body).slice(0, 500)}`);

    // The very rows the API stored, read back (the server closed: the file is free), then inserted raw into fresh databases.
    await server.close();
    const db = openDatabase(databasePath(dir));
    const records = db.prepare('SELECT seq, id, form_id, form_version, data, version, creator_id, owner_id, owner_department_id, created_at, updated_at, updated_by FROM records ORDER BY seq').raw().all() as unknown[][];
    const valueTable = `form_values_${String(db.prepare('SELECT table_no FROM value_tables WHERE form_id = ?').pluck().get(formId))}`;
    const values = db.prepare(`SELECT * FROM ${valueTable} ORDER BY rid`).raw().all() as unknown[][];
    const history = db.prepare('SELECT record_id, version, action, actor_id, at, changes FROM record_history ORDER BY seq').raw().all() as unknown[][];
    const tableSql = db.prepare("SELECT sql FROM sqlite_schema WHERE tbl_name = ? AND sql IS NOT NULL").pluck().all(valueTable) as string[];
    const setup = {
      users: db.prepare('SELECT * FROM users').all(),
      apps: db.prepare('SELECT * FROM apps').all(),
      forms: db.prepare('SELECT * FROM forms').all().map((form) => ({ ...(form as object), published_version: null })),
    };
    db.close();

    const fresh = (name: string) => {
      const raw = openDatabase(databasePath(join(rawDir, name)));
      migrateDatabase(raw, Date.now);
      copyRows(raw, 'users', setup.users);
      copyRows(raw, 'apps', setup.apps);
      copyRows(raw, 'forms', setup.forms);
      for (const sql of tableSql) raw.exec(sql);
      return raw;
    };
    const insertRecord = 'INSERT INTO records (seq, id, form_id, form_version, data, version, creator_id, owner_id, owner_department_id, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';

    const rawAll = fresh('all');
    const recordStatement = rawAll.prepare(insertRecord);
    const valueStatement = rawAll.prepare(`INSERT INTO ${valueTable} VALUES (${(values[0] ?? []).map(() => '?').join(', ')})`);
    const historyStatement = rawAll.prepare('INSERT INTO record_history (record_id, version, action, actor_id, at, changes) VALUES (?, ?, ?, ?, ?, ?)');
    const rawStarted = performance.now();
    const rawCpu = process.cpuUsage();
    rawAll.transaction(() => {
      for (let index = 0; index < records.length; index++) {
        recordStatement.run(records[index]);
        valueStatement.run(values[index]);
      }
      // None since creation stamps (migration 0003); kept so the baseline follows what imports write.
      for (const entry of history) historyStatement.run(entry);
    })();
    const rawMs = performance.now() - rawStarted;
    const rawCpuMs = cpuMsSince(rawCpu);
    rawAll.close();

    const rawRecords = fresh('records');
    const onlyRecords = rawRecords.prepare(insertRecord);
    const recordsStarted = performance.now();
    const recordsCpu = process.cpuUsage();
    rawRecords.transaction(() => {
      for (const row of records) onlyRecords.run(row);
    })();
    const rawRecordsMs = performance.now() - recordsStarted;
    const rawRecordsCpuMs = cpuMsSince(recordsCpu);
    rawRecords.close();
    return { rows, apiMs, rawMs, rawRecordsMs, apiCpuMs, rawCpuMs, rawRecordsCpuMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(rawDir, { recursive: true, force: true });
  }
}

function copyRows(db: ReturnType<typeof openDatabase>, table: string, rows: readonly unknown[]): void {
  for (const row of rows) {
    const record = row as Record<string, unknown>;
    const columns = Object.keys(record);
    db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(...columns.map((column) => record[column]));
  }
}
