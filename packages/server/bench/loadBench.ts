import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvRow, utf8Bom } from '../src/importExport/writeCsv.js';
import { publishNewForm } from '../src/records/testing/publishForm.js';
import { TestClient } from '../src/testing/TestClient.js';
import { benchCsvHeader, benchCsvRow, twentyFieldForm } from './benchForms.js';

/** What the load run measured, per kind of request. */
export interface LoadBenchResult {
  readonly seconds: number;
  readonly seededRecords: number;
  readonly kinds: readonly LoadKindResult[];
  /** Resident memory of the server process (MiB), sampled every 10 s from the start of the load. */
  readonly rssMiB: readonly number[];
}

export interface LoadKindResult {
  readonly kind: string;
  readonly count: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  /** Answers with a 5xx status, plus requests that got no answer at all. */
  readonly failures: number;
}

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const adminPassword = 'load-bench-admin-password';
const reps = 50;
const managers = 5;
const regions = ['华东', '华南', '华北', '西南', '华中'] as const;

/**
 * The mix a sales team makes on a normal morning, against the built server as shipped, in its own
 * process (the load generator shares the machine's cores with it, as a colocated proxy would):
 *
 * - 50 reps each submit a 20-field record, think 250–750 ms, and submit again;
 * - 5 managers each list their department's records (a filtered page), aggregate them (sum by
 *   month by owner), think 250–750 ms, and go on;
 * - one export loop downloads the whole form as CSV back to back.
 *
 * Bounded in time, loopback only, and it stops by itself. Every answer's time goes into its kind;
 * a 5xx or a dropped request counts as a failure.
 */
export async function runLoadBench(seconds: number, seedRecords = 20_000): Promise<LoadBenchResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'formwork-bench-load-'));
  const server = await startServerProcess(dataDir);
  try {
    const admin = new TestClient(server.url);
    await expectOk(admin.post('/api/auth/login', { username: 'admin', password: adminPassword }), 'admin login');
    const formId = await publishNewForm(admin, { ...twentyFieldForm, settings: { access: { rows: { manager: 'department' } } } });
    const team = await createTeam(admin);
    await seed(admin, formId, seedRecords);

    const random = seededRandom(20261203);
    const think = () => sleep(250 + random() * 500);
    const deadline = Date.now() + seconds * 1000;
    const timings = new Map<string, number[]>();
    const failures = new Map<string, number>();
    const measure = async (kind: string, call: () => Promise<{ status: number }>): Promise<void> => {
      const started = performance.now();
      let status = 0;
      try {
        status = (await call()).status;
      } catch {
        status = 0;
      }
      const list = timings.get(kind) ?? [];
      list.push(performance.now() - started);
      timings.set(kind, list);
      if (status === 0 || status >= 500) failures.set(kind, (failures.get(kind) ?? 0) + 1);
    };

    const rssMiB: number[] = [rssOf(server.child)];
    const sampler = setInterval(() => rssMiB.push(rssOf(server.child)), 10_000);
    let submitted = 0;
    const repLoop = async (client: TestClient): Promise<void> => {
      await sleep(random() * 750);
      while (Date.now() < deadline) {
        const index = seedRecords + submitted++;
        await measure('submit', () => client.post(`/api/forms/${formId}/records`, { data: visitData(index) }));
        await think();
      }
    };
    const managerLoop = async (client: TestClient, region: string): Promise<void> => {
      await sleep(random() * 750);
      let turn = 0;
      while (Date.now() < deadline) {
        const filter = encodeURIComponent(JSON.stringify({ field: 'f_city', op: 'eq', value: region }));
        if (turn % 2 === 0) await measure('list', () => client.get(`/api/forms/${formId}/records?limit=50&filter=${filter}`));
        else {
          await measure('aggregate', () =>
            client.post(`/api/forms/${formId}/aggregate`, { groupBy: [{ field: '_owner' }, { field: 'f_signed', bucket: 'month' }], measures: [{ op: 'sum', field: 'f_amount' }] }),
          );
        }
        turn++;
        await think();
      }
    };
    const exportLoop = async (): Promise<void> => {
      while (Date.now() < deadline) await measure('export', () => admin.get(`/api/forms/${formId}/export?format=csv`));
    };
    await Promise.all([
      ...team.reps.map((client) => repLoop(client)),
      ...team.managers.map((client, index) => managerLoop(client, regions[index % regions.length] ?? '华东')),
      exportLoop(),
    ]);
    clearInterval(sampler);
    rssMiB.push(rssOf(server.child));
    const kinds = ['submit', 'list', 'aggregate', 'export'].map((kind) => summarize(kind, timings.get(kind) ?? [], failures.get(kind) ?? 0));
    return { seconds, seededRecords: seedRecords, kinds, rssMiB };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** A department per region, each with a manager and ten reps, all signed in. */
async function createTeam(admin: TestClient): Promise<{ reps: TestClient[]; managers: TestClient[] }> {
  const repClients: TestClient[] = [];
  const managerClients: TestClient[] = [];
  for (let m = 0; m < managers; m++) {
    const region = regions[m % regions.length] ?? '华东';
    const manager = await createUser(admin, `manager${m}`, 'manager', null);
    const department = await admin.post<{ id: string }>('/api/departments', { name: `销售${region}`, managerId: manager.id });
    await expectOk(Promise.resolve(department), 'create department');
    await expectOk(admin.patch(`/api/users/${manager.id}`, { departmentId: department.body.id }), 'move manager');
    managerClients.push(await signIn(admin.baseUrl, `manager${m}`));
    for (let r = m; r < reps; r += managers) {
      await createUser(admin, `rep${r}`, 'member', department.body.id);
      repClients.push(await signIn(admin.baseUrl, `rep${r}`));
    }
  }
  return { reps: repClients, managers: managerClients };
}

async function createUser(admin: TestClient, username: string, role: string, departmentId: string | null): Promise<{ id: string }> {
  const created = await admin.post<{ id: string }>('/api/users', { username, password: passwordOf(username), name: username, role, departmentId });
  await expectOk(Promise.resolve(created), `create ${username}`);
  return created.body;
}

async function signIn(baseUrl: string, username: string): Promise<TestClient> {
  const client = new TestClient(baseUrl);
  await expectOk(client.post('/api/auth/login', { username, password: passwordOf(username) }), `login ${username}`);
  return client;
}

const passwordOf = (username: string) => `load-bench-${username}-secret`;

/** Records already there when the morning starts, imported in one go as the admin's. */
async function seed(admin: TestClient, formId: string, rows: number): Promise<void> {
  let csv = utf8Bom + csvRow(benchCsvHeader());
  for (let index = 0; index < rows; index++) csv += csvRow(benchCsvRow(index));
  await expectOk(
    admin.post(`/api/forms/${formId}/import`, undefined, { rawBody: Buffer.from(csv, 'utf8'), headers: { 'content-type': 'text/csv', 'x-requested-with': 'bench' } }),
    'seed import',
  );
}

/** The JSON a rep's browser sends for visit `index` (field ids, option values, ISO dates). */
function visitData(index: number): Record<string, unknown> {
  const day = String((index % 28) + 1).padStart(2, '0');
  const month = String((index % 12) + 1).padStart(2, '0');
  return {
    f_customer: `客户 ${index}`,
    f_contact: `联系人 ${index % 997}`,
    f_phone: `138${String(index % 1e8).padStart(8, '0')}`,
    f_email: `buyer${index}@example.com`,
    f_city: regions[index % regions.length],
    f_address: `南京路 ${index % 500} 号`,
    f_product: `o${index % 3}`,
    f_stage: `o${index % 4}`,
    f_tags: index % 2 === 0 ? ['o0'] : [],
    f_qty: index % 50,
    f_price: 100 + (index % 900),
    f_discount: index % 30,
    f_amount: (index * 13) % 100_000,
    f_cost: (index * 7) % 50_000,
    f_signed: `2026-${month}-${day}`,
    f_due: `2027-${month}-${day}`,
    f_rating: (index % 5) + 1,
    f_notes: index % 3 === 0 ? `跟进 ${index}` : '',
    f_ref: `REF-${index}`,
  };
}

function summarize(kind: string, times: number[], failures: number): LoadKindResult {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
  return { kind, count: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted[sorted.length - 1] ?? 0, failures };
}

async function startServerProcess(dataDir: string): Promise<{ url: string; child: ChildProcess; stop(): Promise<void> }> {
  // BENCH_CPU_PROF=<folder>: the server writes a V8 CPU profile there when it stops.
  const profile = process.env['BENCH_CPU_PROF'];
  const child = spawn(process.execPath, [...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []), cli, 'serve', '--port', '0'], {
    env: { ...process.env, FORMWORK_HOST: '127.0.0.1', FORMWORK_DATA_DIR: dataDir, FORMWORK_ADMIN_USER: 'admin', FORMWORK_ADMIN_PASSWORD: adminPassword },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  child.stderr?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      printed += chunk.toString();
      const match = /running at (http:\/\/[^\s/]+)/.exec(printed);
      if (match?.[1]) resolve(match[1].replace('localhost', '127.0.0.1'));
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${String(code)}) before listening:\n${printed}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    child,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

function rssOf(child: ChildProcess): number {
  const status = readFileSync(`/proc/${String(child.pid)}/status`, 'utf8');
  const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kib / 1024);
}

async function expectOk(response: Promise<{ status: number; body: unknown }>, what: string): Promise<void> {
  const answered = await response;
  if (answered.status >= 300) throw new Error(`${what} failed: ${String(answered.status)} ${JSON.stringify(answered.body)}`);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** mulberry32: the same think times in every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
