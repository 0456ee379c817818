import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { FieldDefinition, FormSchema } from '@formwork/runtime';
import { readTemplateBundle } from '@formwork/templates';
import { bootstrapAdmin } from '../src/auth/bootstrapAdmin.js';
import { defaultSettings, type Settings } from '../src/config.js';
import { createApp } from '../src/createApp.js';
import { publishForm } from '../src/forms/publishForm.js';
import { silentLogger } from '../src/Logger.js';
import { timeZoneAt } from '../src/query/TimeZone.js';
import { appendValueCells } from '../src/records/encodeRecord.js';
import { loadRecordForm } from '../src/records/loadRecordForm.js';
import type { CellValue } from '../src/records/projectValue.js';
import type { RecordForm } from '../src/records/RecordForm.js';
import { startServer } from '../src/startServer.js';
import { createFolderBlobStore } from '../src/storage/folder/createFolderBlobStore.js';
import { migrateDatabase } from '../src/storage/sqlite/migrateDatabase.js';
import { databasePath, openDatabase } from '../src/storage/sqlite/openDatabase.js';
import { sqliteStorageOf } from '../src/storage/sqlite/openSqliteStorage.js';
import { TestClient } from '../src/testing/TestClient.js';
import { median } from './aggregateBench.js';

export interface ScoringBenchResult {
  /** Records of the four forms, all in the period. */
  readonly records: number;
  /** People the run scored. */
  readonly people: number;
  readonly items: number;
  /** Median ms of `POST /api/scorings/:id/runs` (HTTP, inputs, engine, snapshot stored, a summary answered). */
  readonly runMs: number;
  /** Median ms of the same figures read by hand: one grouped statement per form. */
  readonly sqlMs: number;
  /** The same two medians in CPU time of this process (server and hand alike run here): steadier on a shared machine. */
  readonly runCpuMs: number;
  readonly sqlCpuMs: number;
  /** The first run on the data (builds the covering indexes the run's queries want, once per shape). */
  readonly firstRunMs: number;
  readonly generatedMs: number | null;
  /** Characters of the last run's stored sheet (the JSON column): what storing a run writes and reading it parses. */
  readonly storedSheetChars: number;
}

const adminPassword = 'bench-admin-password';
const peopleCount = 1000;
const period = '2026-11';
const departmentNames = ['华东区', '华南区', '华北区', '西部区', '大客户部'];
const formKeys = ['signings', 'visits', 'evaluations', 'targets'] as const;
type FormKey = (typeof formKeys)[number];
const formIdOf = (key: FormKey) => `frm_${key}`;

const member = (id: string, label: string): FieldDefinition => ({ id, type: 'member', label });
const department: FieldDefinition = { id: 'f_department', type: 'department', label: '部门' };
const yesNo = [
  { value: 'yes', label: '是' },
  { value: 'no', label: '否' },
];

/** The performance template's activity forms, cut down to the fields its scheme and a rep's entry need. */
const forms: Record<FormKey, FormSchema> = {
  signings: {
    kind: 'form',
    schemaVersion: 1,
    title: '签约记录',
    fields: [member('f_rep', '签约人'), department, { id: 'f_customer_name', type: 'text', label: '客户名称' }, { id: 'f_amount', type: 'money', label: '签约金额' }, { id: 'f_sign_date', type: 'date', label: '签约日期' }],
  },
  visits: {
    kind: 'form',
    schemaVersion: 1,
    title: '拜访记录',
    fields: [member('f_rep', '拜访人'), department, { id: 'f_customer_name', type: 'text', label: '客户名称' }, { id: 'f_visit_time', type: 'datetime', label: '拜访时间' }, { id: 'f_effective', type: 'radio', label: '有效拜访', options: yesNo }],
  },
  evaluations: {
    kind: 'form',
    schemaVersion: 1,
    title: '考核评估',
    fields: [member('f_person', '被考核人'), department, { id: 'f_period', type: 'date', label: '考核月份' }, { id: 'f_exam_score', type: 'number', label: '考试成绩' }, { id: 'f_satisfaction', type: 'number', label: '客户满意度' }],
  },
  targets: {
    kind: 'form',
    schemaVersion: 1,
    title: '目标',
    fields: [member('f_person', '承担者'), { id: 'f_period_key', type: 'text', label: '周期' }, { id: 'f_amount_target', type: 'money', label: '签约金额目标' }, { id: 'f_visits_target', type: 'number', label: '有效拜访目标' }],
  },
};

/**
 * A run of the performance template's six-item scheme (签约金额 40, 有效拜访 20, 跟进 10, 签约单数 10,
 * 考试 10, 满意度 10) for 1,000 reps in five departments over `records` records of the period:
 * `POST /api/scorings/:id/runs` against the same figures read by hand on a connection of their
 * own — one GROUP BY per activity form (sum and count of signings; all and effective visits), the
 * period's assessment and target rows — the best a person would write. Turns alternate so load
 * from elsewhere weighs on both. Throws when a run's actual values differ from the hand's.
 */
export async function runScoringBench(records: number, runs = 7): Promise<ScoringBenchResult> {
  const dataset = await scoringDataset(records);
  const { schemeId, generatedMs } = dataset;
  // Each bench on a copy of the generated data: runs are append-only and each one's history is
  // read back, and the first run builds indexes, so every bench starts from the same database.
  const dataDir = mkdtempSync(join(tmpdir(), 'formwork-bench-scoring-run-'));
  for (const suffix of ['', '-wal']) if (existsSync(`${databasePath(dataset.dataDir)}${suffix}`)) copyFileSync(`${databasePath(dataset.dataDir)}${suffix}`, `${databasePath(dataDir)}${suffix}`);
  const settings: Settings = { ...dataset.settings, dataDir };
  const server = await startServer(settings, { logger: silentLogger });
  const client = new TestClient(server.url.replace('localhost', '127.0.0.1'));
  try {
    const login = await client.post('/api/auth/login', { username: 'admin', password: adminPassword });
    if (login.status !== 200) throw new Error(`login failed: ${String(login.status)}`);
    const run = async (): Promise<Timing> => {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const response = await client.post(`/api/scorings/${schemeId}/runs`, { period });
      const timing = timingSince(started, cpu);
      if (response.status !== 201) throw new Error(`run failed: ${String(response.status)} ${JSON.stringify(response.body).slice(0, 500)}`);
      return timing;
    };

    const firstRunMs = (await run()).ms;
    const hand = handQueries(dataDir, settings);
    const byHand = (): Timing => {
      const started = performance.now();
      const cpu = process.cpuUsage();
      hand.read();
      return timingSince(started, cpu);
    };
    // The hand's statements block this process (the server's too) for seconds: give the server a
    // moment after them to close the idle keep-alive connection it timed out, before the next call
    // would be written into it (ECONNRESET).
    const settle = () => new Promise((resolve) => setTimeout(resolve, 200));
    byHand();
    await settle();
    const runTimes: Timing[] = [];
    const sqlTimes: Timing[] = [];
    for (let round = 0; round < runs; round++) {
      sqlTimes.push(byHand());
      await settle();
      runTimes.push(await run());
    }
    // The sheet of the last run, read outside the timings as the app reads it after computing.
    const stored = await client.get<{ people: RunPerson[] }>(`/api/scorings/${schemeId}/runs/${period}`);
    if (stored.status !== 200) throw new Error(`reading the run failed: ${String(stored.status)} ${JSON.stringify(stored.body).slice(0, 500)}`);
    const sheet = stored.body.people;
    checkSameFigures(sheet, hand.read());
    const storedSheetChars = hand.storedSheetChars();
    hand.close();
    return {
      records,
      people: sheet.length,
      items: sheet[0]?.items.length ?? 0,
      runMs: median(runTimes.map(({ ms }) => ms)),
      sqlMs: median(sqlTimes.map(({ ms }) => ms)),
      runCpuMs: median(runTimes.map(({ cpuMs }) => cpuMs)),
      sqlCpuMs: median(sqlTimes.map(({ cpuMs }) => cpuMs)),
      firstRunMs,
      generatedMs,
      storedSheetChars,
    };
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

interface Timing {
  readonly ms: number;
  readonly cpuMs: number;
}

function timingSince(started: number, cpu: NodeJS.CpuUsage): Timing {
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

interface RunPerson {
  readonly personId: string;
  readonly items: readonly { readonly itemId: string; readonly actual: number | string | null; readonly target: number | null }[];
}

/** Per person, what the scheme's six items read: the hand's answer. */
interface HandFigures {
  readonly signed: Map<string, { amount: number; orders: number }>;
  readonly visits: Map<string, { all: number; effective: number }>;
  readonly assessed: Map<string, { exam: CellValue; satisfaction: CellValue }>;
  readonly targets: Map<string, { amount: CellValue; visits: CellValue }>;
}

/**
 * The statements a person would write for the run's figures, prepared once on a read-only
 * connection: the period as the run bounds it (calendar dates; for date-times the app's time
 * zone's midnights in UTC, as the value tables hold them).
 */
function handQueries(dataDir: string, settings: Settings): { read: () => HandFigures; storedSheetChars: () => number; close: () => void } {
  const db = new Database(databasePath(dataDir), { readonly: true });
  const table = (key: FormKey) => `form_values_${String(db.prepare('SELECT table_no FROM value_tables WHERE form_id = ?').pluck().get(formIdOf(key)))}`;
  const [year, month] = period.split('-').map(Number) as [number, number];
  const first = `${period}-01`;
  const last = `${period}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`;
  const offset = timeZoneAt(settings.records.timeZone, Date.UTC(year, month - 1, 15)).offsetMinutes * 60_000;
  const from = new Date(Date.UTC(year, month - 1, 1) - offset).toISOString();
  const until = new Date(Date.UTC(year, month, 1) - offset).toISOString();

  const signings = db.prepare(`SELECT v."v_f_rep", coalesce(sum(v."v_f_amount"), 0), count(*) FROM ${table('signings')} v WHERE v.deleted = 0 AND v."v_f_sign_date" BETWEEN ? AND ? GROUP BY 1`).raw();
  const visits = db.prepare(`SELECT v."v_f_rep", count(*), sum(v."v_f_effective" = 'yes') FROM ${table('visits')} v WHERE v.deleted = 0 AND v."v_f_visit_time" >= ? AND v."v_f_visit_time" < ? GROUP BY 1`).raw();
  const evaluations = db.prepare(`SELECT v."v_f_person", v."v_f_exam_score", v."v_f_satisfaction" FROM ${table('evaluations')} v WHERE v.deleted = 0 AND v."v_f_period" BETWEEN ? AND ? ORDER BY v.rid`).raw();
  const targets = db.prepare(`SELECT v."v_f_person", v."v_f_amount_target", v."v_f_visits_target" FROM ${table('targets')} v WHERE v.deleted = 0 AND v."v_f_period_key" = ? ORDER BY v.rid`).raw();

  const read = (): HandFigures => {
    const figures: HandFigures = { signed: new Map(), visits: new Map(), assessed: new Map(), targets: new Map() };
    for (const [person, amount, orders] of signings.all(first, last) as [string, number, number][]) figures.signed.set(person, { amount, orders });
    for (const [person, all, effective] of visits.all(from, until) as [string, number, number][]) figures.visits.set(person, { all, effective });
    // Later rows win: the latest assessment and target of the period.
    for (const [person, exam, satisfaction] of evaluations.all(first, last) as [string, CellValue, CellValue][]) figures.assessed.set(person, { exam, satisfaction });
    for (const [person, amount, visitTarget] of targets.all(period) as [string, CellValue, CellValue][]) figures.targets.set(person, { amount, visits: visitTarget });
    return figures;
  };
  const lastSheet = db.prepare('SELECT length(sheet) FROM score_runs ORDER BY seq DESC LIMIT 1').pluck();
  return { read, storedSheetChars: () => Number(lastSheet.get()), close: () => db.close() };
}

/** The run must have read what the hand read: a faster run that counts differently is no faster run. */
function checkSameFigures(people: readonly RunPerson[], hand: HandFigures): void {
  if (people.length !== peopleCount) throw new Error(`the run scored ${String(people.length)} people, not ${String(peopleCount)}`);
  const expected = (personId: string): Record<string, [CellValue, CellValue]> => ({
    k_amount: [hand.signed.get(personId)?.amount ?? 0, hand.targets.get(personId)?.amount ?? null],
    k_visits: [hand.visits.get(personId)?.effective ?? 0, hand.targets.get(personId)?.visits ?? null],
    k_follow_ups: [hand.visits.get(personId)?.all ?? 0, 8],
    k_orders: [hand.signed.get(personId)?.orders ?? 0, 1],
    k_exam: [hand.assessed.get(personId)?.exam ?? null, null],
    k_satisfaction: [hand.assessed.get(personId)?.satisfaction ?? null, null],
  });
  const same = (a: CellValue, b: CellValue) => a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b)));
  for (const person of people) {
    const wanted = expected(person.personId);
    for (const item of person.items) {
      const [actual, target] = wanted[item.itemId] ?? [Number.NaN, null];
      if (!same(item.actual, actual) || !same(item.target, target)) {
        throw new Error(`${person.personId} ${item.itemId}: the run has ${String(item.actual)} of ${String(item.target)}, by hand ${String(actual)} of ${String(target)}`);
      }
    }
  }
}

/** The bench's data folder (cached under the OS temporary folder) and the settings to serve it. */
interface ScoringDataset {
  readonly dataDir: string;
  readonly schemeId: string;
  readonly generatedMs: number | null;
  readonly settings: Settings;
}

/**
 * `formwork-bench-scoring-v2-<records>`: 1,000 reps, the four forms holding `records` records of
 * November 2026 (per rep one assessment and one target row, the rest 40 % signings and 60 %
 * visits, 60 % of those effective), written through the records store's bulk insert so value
 * tables are real; the scheme created and published through the API.
 */
async function scoringDataset(records: number): Promise<ScoringDataset> {
  const dataDir = join(tmpdir(), `formwork-bench-scoring-v2-${String(records)}`);
  const marker = join(dataDir, 'ready.json');
  const settings: Settings = { ...defaultSettings, port: 0, host: '127.0.0.1', dataDir, admin: { username: 'admin', password: adminPassword } };
  let generatedMs: number | null = null;
  if (!existsSync(marker)) {
    rmSync(dataDir, { recursive: true, force: true });
    const started = performance.now();
    await generate(dataDir, records, settings);
    const schemeId = await publishScheme(settings);
    generatedMs = performance.now() - started;
    writeFileSync(marker, JSON.stringify({ schemeId, records }));
  }
  const { schemeId } = JSON.parse(readFileSync(marker, 'utf8')) as { schemeId: string };
  return { dataDir, schemeId, generatedMs, settings };
}

async function generate(dataDir: string, records: number, settings: Settings): Promise<void> {
  if (records < 2 * peopleCount) throw new Error(`BENCH_SCORING_RECORDS must be at least ${String(2 * peopleCount)} (an assessment and a target per rep)`);
  mkdirSync(dataDir, { recursive: true });
  const db = openDatabase(databasePath(dataDir));
  // Generation only: nothing here needs to survive a power cut.
  db.pragma('synchronous = OFF');
  migrateDatabase(db, Date.now);
  const { context } = createApp({ storage: sqliteStorageOf(db, createFolderBlobStore(join(dataDir, 'files'))), settings, now: Date.now, randomBytes, logger: silentLogger });
  await bootstrapAdmin(context);
  const { stores } = context;
  const admin = (await stores.users.findCredentials('admin'))?.user;
  if (!admin) throw new Error('no admin');
  const now = Date.now();
  const departments: string[] = [];
  await stores.transaction(async (tx) => {
    const root = await tx.departments.create({ id: 'dep_sales', name: '销售部', parentId: null, managerId: null, createdAt: now });
    for (const [index, name] of departmentNames.entries()) departments.push((await tx.departments.create({ id: `dep_${String(index)}`, name, parentId: root.id, managerId: null, createdAt: now })).id);
    for (let index = 0; index < peopleCount; index++) {
      await tx.users.create({ id: `usr_rep${String(index)}`, username: `rep${String(index)}`, name: `Rep ${String(index)}`, role: 'member', departmentId: departments[index % departments.length] ?? null, locale: null, passwordHash: 'x', createdAt: now });
    }
  });

  const appId = 'app_scoring';
  await stores.apps.create({ id: appId, name: '销售绩效', description: '', icon: null, createdBy: admin.id, createdAt: now });
  const loaded = {} as Record<FormKey, RecordForm>;
  for (const key of formKeys) {
    await stores.forms.create({ id: formIdOf(key), appId, draft: forms[key], createdBy: admin.id, createdAt: now });
    await publishForm(context, formIdOf(key), admin.id, undefined);
    const form = await loadRecordForm(stores, formIdOf(key));
    if (!form) throw new Error(`publishing ${key} failed`);
    loaded[key] = form;
  }

  // Activity records: record i belongs to rep i mod 1000; of each rep's, 4 in 10 are signings, 3 in 10 effective visits.
  const activities = records - 2 * peopleCount;
  const perRep = Math.ceil(activities / peopleCount);
  const expectedSignings = (activities * 0.4) / peopleCount;
  const expectedEffectiveVisits = (activities * 0.3) / peopleCount;
  const block = 50;
  for (let from = 0; from < peopleCount; from += block) {
    await stores.transaction(async (tx) => {
      for (let rep = from; rep < Math.min(peopleCount, from + block); rep++) {
        const person = `usr_rep${String(rep)}`;
        const departmentId = departments[rep % departments.length] ?? null;
        const batches = Object.fromEntries(formKeys.map((key) => [key, { ids: [] as string[], json: [] as string[], cells: [] as CellValue[] }])) as Record<FormKey, { ids: string[]; json: string[]; cells: CellValue[] }>;
        const add = (key: FormKey, id: string, data: Record<string, unknown>) => {
          batches[key].ids.push(id);
          batches[key].json.push(JSON.stringify(data));
          appendValueCells(loaded[key].columns, data, batches[key].cells);
        };
        for (let turn = 0; turn < perRep; turn++) {
          const index = rep + turn * peopleCount;
          if (index >= activities) break;
          const day = String(1 + ((index * 7) % 30)).padStart(2, '0');
          if (turn % 5 < 2) {
            add('signings', `rec_s${String(index)}`, { f_rep: person, f_department: departmentId, f_customer_name: `客户 ${String(index % 5000)}`, f_amount: 1000 + ((index * 7919) % 200_000) / 10, f_sign_date: `${period}-${day}` });
          } else {
            const hour = String(8 + (index % 12)).padStart(2, '0');
            add('visits', `rec_v${String(index)}`, { f_rep: person, f_department: departmentId, f_customer_name: `客户 ${String(index % 5000)}`, f_visit_time: `${period}-${day}T${hour}:30:00+08:00`, f_effective: turn % 10 < 6 ? 'yes' : 'no' });
          }
        }
        add('evaluations', `rec_e${String(rep)}`, { f_person: person, f_department: departmentId, f_period: `${period}-01`, f_exam_score: 60 + (rep % 41), f_satisfaction: 70 + (rep % 31) });
        add('targets', `rec_t${String(rep)}`, {
          f_person: person,
          f_period_key: period,
          f_amount_target: Math.round(expectedSignings * 11_000 * (0.8 + 0.1 * (rep % 5))),
          f_visits_target: Math.round(expectedEffectiveVisits * (0.9 + 0.05 * (rep % 5))),
        });
        for (const key of formKeys) {
          await tx.records.insertMany({ formId: formIdOf(key), formVersion: 1, creatorId: person, ownerId: person, ownerDepartmentId: departmentId, createdAt: now, ...batches[key] }, loaded[key].columns);
        }
      }
    });
  }
  db.close();
}

/** The performance template's scheme, its form keys bound to the bench's forms and scoped to the reps, created and published over HTTP. */
async function publishScheme(settings: Settings): Promise<string> {
  const bundle = readTemplateBundle('performance') as { scorings: { schema: Record<string, unknown> }[] };
  const template = bundle.scorings[0]?.schema;
  if (!template) throw new Error('the performance template has no scheme');
  const rebound = JSON.stringify(template).replace(/"formId":"(\w+)"/g, (_, key: string) => `"formId":"${formIdOf(key as FormKey)}"`);
  const schema = { ...(JSON.parse(rebound) as Record<string, unknown>), appliesTo: { roles: ['member'] } };
  const server = await startServer(settings, { logger: silentLogger });
  const client = new TestClient(server.url.replace('localhost', '127.0.0.1'));
  try {
    await client.post('/api/auth/login', { username: 'admin', password: adminPassword });
    const created = await client.post<{ id: string }>('/api/apps/app_scoring/scorings', { schema });
    if (created.status !== 201) throw new Error(`scheme creation failed: ${String(created.status)} ${JSON.stringify(created.body)}`);
    const published = await client.post(`/api/scorings/${created.body.id}/publish`, {});
    if (published.status !== 200) throw new Error(`scheme publication failed: ${String(published.status)} ${JSON.stringify(published.body)}`);
    return created.body.id;
  } finally {
    await server.close();
  }
}
