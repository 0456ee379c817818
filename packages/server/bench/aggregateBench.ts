import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { bootstrapAdmin } from '../src/auth/bootstrapAdmin.js';
import { defaultSettings, type Settings } from '../src/config.js';
import { createApp } from '../src/createApp.js';
import { migrateDatabase } from '../src/storage/sqlite/migrateDatabase.js';
import { databasePath, openDatabase } from '../src/storage/sqlite/openDatabase.js';
import { sqliteStorageOf } from '../src/storage/sqlite/openSqliteStorage.js';
import { createFolderBlobStore } from '../src/storage/folder/createFolderBlobStore.js';
import { publishForm } from '../src/forms/publishForm.js';
import { silentLogger } from '../src/Logger.js';
import { checkAggregateQuery, type AggregateRequest } from '../src/query/checkAggregateQuery.js';
import { compileAggregateSql } from '../src/storage/sqlite/sql/compileAggregateSql.js';
import { timeZoneAt } from '../src/query/TimeZone.js';
import { loadRecordForm } from '../src/records/loadRecordForm.js';
import { appendValueCells } from '../src/records/encodeRecord.js';
import type { CellValue } from '../src/records/projectValue.js';
import type { User } from '../src/storage/UserStore.js';
import { startServer } from '../src/startServer.js';
import { createSqliteStores } from '../src/storage/sqlite/createSqliteStores.js';
import { TestClient } from '../src/testing/TestClient.js';
import { salesForm } from './benchForms.js';

export interface AggregateBenchResult {
  readonly rows: number;
  readonly groups: number;
  /** Median milliseconds of `POST /api/forms/:id/aggregate` (HTTP, session, scope, checks, SQL). */
  readonly apiMs: number;
  /** Median milliseconds of the same SQL statement run by hand on its own connection. */
  readonly sqlMs: number;
  /** One run of the obvious alternative: json_extract over `records.data`. */
  readonly jsonMs: number;
  readonly generatedMs: number | null;
  /** The first API call on this shape: builds the covering index (once per form and shape). */
  readonly firstCallMs: number;
}

const adminPassword = 'bench-admin-password';
const owners = 50;

/** Sum of amount by month of signing by owner: what a sales dashboard asks for. */
export const sumByMonthByOwner: AggregateRequest = {
  groupBy: [{ field: '_owner' }, { field: 'f_signed', bucket: 'month' }],
  measures: [{ op: 'sum', field: 'f_amount' }],
};

/** Aggregates `rows` records (`aggregateDataset`) through the API and by hand. */
export async function runAggregateBench(rows: number, runs = 7): Promise<AggregateBenchResult> {
  const { dataDir, formId, generatedMs, settings } = await aggregateDataset(rows);

  // Start from the indexes the generator left, so every run measures the same first call.
  const cleanup = new Database(databasePath(dataDir));
  for (const index of cleanup.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND name LIKE 'form_values_%_agg_%'").pluck().all() as string[]) {
    cleanup.exec(`DROP INDEX "${index}"`);
  }
  cleanup.close();
  const server = await startServer(settings, { logger: silentLogger });
  const client = new TestClient(server.url.replace('localhost', '127.0.0.1'));
  await client.post('/api/auth/login', { username: 'admin', password: adminPassword });
  const viaApi = async (): Promise<number> => {
    const response = await client.post<{ rows: unknown[] }>(`/api/forms/${formId}/aggregate`, sumByMonthByOwner);
    if (response.status !== 200) throw new Error(`aggregate failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.rows.length;
  };

  // The same statement the server runs, compiled the same way, on a connection of its own.
  const hand = new Database(databasePath(dataDir), { readonly: true });
  const stores = createSqliteStores(hand);
  const form = await loadRecordForm(stores, formId);
  if (!form) throw new Error('bench form missing');
  const zone = timeZoneAt(settings.records.timeZone, Date.now());
  const checked = checkAggregateQuery(sumByMonthByOwner, form.queryFields, zone);
  if (!checked.ok) throw new Error('bench query invalid');
  const table = `form_values_${String(hand.prepare('SELECT table_no FROM value_tables WHERE form_id = ?').pluck().get(formId))}`;
  const { sql, params } = compileAggregateSql(checked.query, table, { kind: 'all' }, zone.offsetMinutes);
  const statement = hand.prepare(sql).raw();
  const byHand = (): number => statement.all(...params).length;

  const apiTimes: number[] = [];
  const sqlTimes: number[] = [];
  const firstStarted = performance.now();
  const groups = await viaApi();
  const firstCallMs = performance.now() - firstStarted;
  byHand();
  for (let run = 0; run < runs; run++) {
    // Taking turns, so a burst of load from elsewhere does not land on one side only.
    let started = performance.now();
    byHand();
    sqlTimes.push(performance.now() - started);
    started = performance.now();
    await viaApi();
    apiTimes.push(performance.now() - started);
  }
  const jsonStarted = performance.now();
  hand
    .prepare("SELECT owner_id, substr(json_extract(data, '$.f_signed'), 1, 7) AS month, sum(json_extract(data, '$.f_amount')) FROM records WHERE form_id = ? AND deleted_at IS NULL GROUP BY 1, 2")
    .all(formId);
  const jsonMs = performance.now() - jsonStarted;
  hand.close();
  await server.close();
  return { rows, groups, apiMs: median(apiTimes), sqlMs: median(sqlTimes), jsonMs, generatedMs, firstCallMs };
}

/** The bench's data folder of `rows` sales records (form `frm_bench`, 50 owners), and the settings to serve it. */
export interface AggregateDataset {
  readonly dataDir: string;
  readonly formId: string;
  /** How long generating it took, or null when it was cached from an earlier run. */
  readonly generatedMs: number | null;
  readonly settings: Settings;
}

/**
 * The data folder of `rows` records, generated once (through the records store's bulk insert, so
 * value tables and history are real) and cached under the OS temporary folder:
 * `formwork-bench-aggregate-<rows>`. The aggregate and dashboard benches share it.
 */
export async function aggregateDataset(rows: number): Promise<AggregateDataset> {
  const dataDir = join(tmpdir(), `formwork-bench-aggregate-${rows}`);
  const marker = join(dataDir, 'ready.json');
  let generatedMs: number | null = null;
  if (!existsSync(marker)) {
    rmSync(dataDir, { recursive: true, force: true });
    const started = performance.now();
    const formId = await generate(dataDir, rows);
    generatedMs = performance.now() - started;
    writeFileSync(marker, JSON.stringify({ formId, rows }));
  }
  const { formId } = JSON.parse(readFileSync(marker, 'utf8')) as { formId: string };
  const settings: Settings = { ...defaultSettings, port: 0, host: '127.0.0.1', dataDir, admin: { username: 'admin', password: adminPassword } };
  return { dataDir, formId, generatedMs, settings };
}

async function generate(dataDir: string, rows: number): Promise<string> {
  mkdirSync(dataDir, { recursive: true });
  const db = openDatabase(databasePath(dataDir));
  // Generation only: nothing here needs to survive a power cut.
  db.pragma('synchronous = OFF');
  migrateDatabase(db, Date.now);
  const settings: Settings = { ...defaultSettings, dataDir, admin: { username: 'admin', password: adminPassword } };
  const { context } = createApp({ storage: sqliteStorageOf(db, createFolderBlobStore(join(dataDir, 'files'))), settings, now: Date.now, randomBytes, logger: silentLogger });
  await bootstrapAdmin(context);
  const { stores } = context;
  const admin = (await stores.users.findCredentials('admin'))?.user;
  if (!admin) throw new Error('no admin');
  const users: User[] = [];
  for (let index = 0; index < owners; index++) {
    users.push(await stores.users.create({ id: `usr_bench${index}`, username: `rep${index}`, name: `Rep ${index}`, role: 'member', departmentId: null, locale: null, passwordHash: 'x', createdAt: Date.now() }));
  }
  const appId = 'app_bench';
  await stores.apps.create({ id: appId, name: 'Bench', description: '', icon: null, createdBy: admin.id, createdAt: Date.now() });
  const formId = 'frm_bench';
  await stores.forms.create({ id: formId, appId, draft: salesForm, createdBy: admin.id, createdAt: Date.now() });
  await publishForm(context, formId, admin.id, undefined);
  const form = await loadRecordForm(stores, formId);
  if (!form) throw new Error('publish failed');
  const regions = ['o0', 'o1', 'o2', 'o3'];
  const start = Date.UTC(2023, 0, 1);
  const batch = 20_000;
  for (let from = 0; from < rows; from += batch) {
    // One bulk insert per owner per block: a batch has one creator and one creation time.
    const byOwner = users.map(() => ({ ids: [] as string[], json: [] as string[], cells: [] as CellValue[] }));
    for (let index = from; index < Math.min(rows, from + batch); index++) {
      const data = {
        f_customer: `Customer ${index % 5000}`,
        f_region: regions[index % 4],
        f_amount: ((index * 7919) % 100_000) / 10,
        f_signed: new Date(start + ((index * 104_729) % 730) * 86_400_000).toISOString().slice(0, 10),
        f_qty: index % 20,
      };
      const encoded = byOwner[(index * 7) % owners];
      if (!encoded) continue;
      encoded.ids.push(`rec_bench${index}`);
      encoded.json.push(JSON.stringify(data));
      appendValueCells(form.columns, data, encoded.cells);
    }
    await stores.transaction(async (tx) => {
      for (const [position, owner] of users.entries()) {
        const encoded = byOwner[position] ?? { ids: [], json: [], cells: [] };
        await tx.records.insertMany({ formId, formVersion: 1, creatorId: owner.id, ownerId: owner.id, ownerDepartmentId: null, createdAt: start + from * 60_000, ...encoded }, form.columns);
      }
    });
  }
  db.close();
  return formId;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
