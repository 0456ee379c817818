import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { bootstrapAdmin } from '../src/auth/bootstrapAdmin.js';
import { defaultSettings, type Settings } from '../src/config.js';
import { createApp } from '../src/createApp.js';
import { publishForm } from '../src/forms/publishForm.js';
import { silentLogger } from '../src/Logger.js';
import { checkAggregateQuery } from '../src/query/checkAggregateQuery.js';
import { timeZoneAt } from '../src/query/TimeZone.js';
import { appendValueCells } from '../src/records/encodeRecord.js';
import { loadRecordForm } from '../src/records/loadRecordForm.js';
import type { CellValue } from '../src/records/projectValue.js';
import { startServer } from '../src/startServer.js';
import { openStorage } from '../src/storage/openStorage.js';
import { compilePgAggregateSql } from '../src/storage/postgres/sql/compilePgAggregateSql.js';
import type { User } from '../src/storage/UserStore.js';
import { TestClient } from '../src/testing/TestClient.js';
import { sumByMonthByOwner } from './aggregateBench.js';
import { salesForm } from './benchForms.js';

export interface PgAggregateBenchResult {
  readonly rows: number;
  readonly groups: number;
  /** Generating the records through the PostgreSQL record store's bulk insert. */
  readonly generatedMs: number;
  /** The first API call on this shape: builds the covering index (once per form and shape). */
  readonly firstCallMs: number;
  /** Median of `POST /api/forms/:id/aggregate` (HTTP, session, scope, checks, SQL). */
  readonly apiMs: number;
  /** Median of the same statement (`compilePgAggregateSql`), run by hand with pg on a connection of its own. */
  readonly sqlMs: number;
}

const adminPassword = 'bench-admin-password';
const owners = 50;

/**
 * The aggregate bench of `aggregateBench.ts` on PostgreSQL: `rows` sales records generated in
 * batches of 20,000 through the PostgreSQL record store's `insertMany` (one `unnest` statement
 * into `records` and the value table), then sum by month by owner through the API and by hand,
 * taking turns, median of `runs`.
 */
export async function runPgAggregateBench(databaseUrl: string, rows: number, runs = 7): Promise<PgAggregateBenchResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'formwork-bench-pgaggregate-'));
  try {
    const settings: Settings = { ...defaultSettings, port: 0, host: '127.0.0.1', dataDir, databaseUrl, admin: { username: 'admin', password: adminPassword } };
    const generateStarted = performance.now();
    const formId = await generate(settings, rows);
    const generatedMs = performance.now() - generateStarted;

    const server = await startServer(settings, { logger: silentLogger });
    const hand = new pg.Client({ connectionString: databaseUrl });
    await hand.connect();
    try {
      await hand.query('VACUUM ANALYZE');
      const client = new TestClient(server.url.replace('localhost', '127.0.0.1'));
      await client.post('/api/auth/login', { username: 'admin', password: adminPassword });
      const viaApi = async (): Promise<number> => {
        const response = await client.post<{ rows: unknown[] }>(`/api/forms/${formId}/aggregate`, sumByMonthByOwner);
        if (response.status !== 200) throw new Error(`aggregate failed: ${response.status} ${JSON.stringify(response.body)}`);
        return response.body.rows.length;
      };
      const firstStarted = performance.now();
      const groups = await viaApi();
      const firstCallMs = performance.now() - firstStarted;

      // The statement the server runs, compiled the same way, after the first call built its index.
      const storage = await openStorage(settings, Date.now);
      let compiled: { sql: string; params: readonly (string | number | null)[] };
      try {
        const form = await loadRecordForm(storage.stores, formId);
        if (!form) throw new Error('bench form missing');
        const zone = timeZoneAt(settings.records.timeZone, Date.now());
        const checked = checkAggregateQuery(sumByMonthByOwner, form.queryFields, zone);
        if (!checked.ok) throw new Error('bench query invalid');
        const tableNo = (await hand.query<{ table_no: number }>('SELECT table_no FROM value_tables WHERE form_id = $1', [formId])).rows[0]?.table_no;
        compiled = compilePgAggregateSql(checked.query, `form_values_${String(Number(tableNo))}`, { kind: 'all' }, zone.offsetMinutes);
      } finally {
        await storage.close();
      }
      const byHand = async (): Promise<number> => (await hand.query(compiled.sql, [...compiled.params])).rows.length;
      if ((await byHand()) < groups) throw new Error('the hand-run SQL answered fewer groups than the API');

      const apiTimes: number[] = [];
      const sqlTimes: number[] = [];
      for (let turn = 0; turn < runs; turn++) {
        // Taking turns, so a burst of load from elsewhere does not land on one side only.
        let started = performance.now();
        await byHand();
        sqlTimes.push(performance.now() - started);
        started = performance.now();
        await viaApi();
        apiTimes.push(performance.now() - started);
      }
      return { rows, groups, generatedMs, firstCallMs, apiMs: median(apiTimes), sqlMs: median(sqlTimes) };
    } finally {
      await hand.end();
      await server.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The sales form and its records, through the stores as the server would write them. */
async function generate(settings: Settings, rows: number): Promise<string> {
  const storage = await openStorage(settings, Date.now);
  try {
    const { context } = createApp({ storage, settings, now: Date.now, randomBytes, logger: silentLogger });
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
    return formId;
  } finally {
    await storage.close();
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
