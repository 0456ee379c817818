import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { publishNewForm } from '../src/records/testing/publishForm.js';
import { TestClient } from '../src/testing/TestClient.js';
import { twentyFieldForm } from './benchForms.js';

/** What one submit run measured. */
export interface SubmitThroughputResult {
  readonly processes: number;
  readonly clients: number;
  readonly records: number;
  readonly recordsPerSecond: number;
  readonly p50: number;
  readonly p95: number;
  /** Answers other than 201, plus requests that got no answer. */
  readonly failures: number;
  /**
   * The servers' CPU time (user + system, from /proc; null elsewhere) per record written, in ms:
   * what the code costs, apart from the time commits wait for the disk — steadier than the rate
   * on a machine doing other work.
   */
  readonly cpuMsPerRecord: number | null;
}

/** Where the servers keep their data: a folder, and a PostgreSQL database or none (SQLite in the folder). */
export interface BenchStorage {
  readonly dataDir: string;
  readonly databaseUrl: string | null;
  /** The `cli.js` to serve with; this build's when absent. */
  readonly cli?: string;
}

/** This build's CLI; a bench may point `startBenchServer` at another build's to compare the two. */
export const builtCli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
/** The admin's password on servers `startBenchServer` starts. */
export const adminPassword = 'submit-bench-admin-password';

/**
 * `clients` callers each post a 20-field record, wait for the answer and post the next one (no
 * think time), for `seconds`, spread evenly over `processes` built `formwork serve` processes that
 * share one storage (several only make sense on PostgreSQL). A short warm-up is left out of the
 * figures. Every caller is the admin, signed in once, the session shared by all processes.
 */
export async function runSubmitThroughput(storage: BenchStorage, processes: number, clients: number, seconds: number): Promise<SubmitThroughputResult> {
  const servers: BenchServerProcess[] = [];
  try {
    // One after the other: the first applies the migrations and creates the admin.
    for (let index = 0; index < processes; index++) servers.push(await startBenchServer(storage));
    const first = servers[0];
    if (!first) throw new Error('no server');
    const admin = new TestClient(first.url);
    const login = await admin.post('/api/auth/login', { username: 'admin', password: adminPassword });
    if (login.status !== 200) throw new Error(`admin login failed: ${String(login.status)}`);
    const formId = await publishNewForm(admin, twentyFieldForm);
    const callers = Array.from({ length: clients }, (_, index) => admin.via(servers[index % servers.length]?.url ?? first.url));

    const times: number[] = [];
    let failures = 0;
    let counting = false;
    let next = 0;
    const loop = async (client: TestClient, until: number): Promise<void> => {
      while (Date.now() < until) {
        const index = next++;
        const started = performance.now();
        let status = 0;
        try {
          status = (await client.post(`/api/forms/${formId}/records`, { data: submitData(index) })).status;
        } catch {
          status = 0;
        }
        if (!counting) continue;
        times.push(performance.now() - started);
        if (status !== 201) failures++;
      }
    };
    await Promise.all(callers.map((client) => loop(client, Date.now() + 2000)));
    counting = true;
    const cpuBefore = servers.map((server) => cpuMsOf(server.pid));
    const started = performance.now();
    await Promise.all(callers.map((client) => loop(client, Date.now() + seconds * 1000)));
    const elapsed = performance.now() - started;
    const cpuAfter = servers.map((server) => cpuMsOf(server.pid));
    const sorted = times.sort((a, b) => a - b);
    const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
    const records = sorted.length - failures;
    const cpuMs = cpuAfter.every((value, index) => value !== null && cpuBefore[index] !== null)
      ? cpuAfter.reduce<number>((sum, value, index) => sum + (value ?? 0) - (cpuBefore[index] ?? 0), 0)
      : null;
    return { processes, clients, records, recordsPerSecond: (records / elapsed) * 1000, p50: at(0.5), p95: at(0.95), failures, cpuMsPerRecord: cpuMs === null || records === 0 ? null : cpuMs / records };
  } finally {
    for (const server of servers) await server.stop();
  }
}

/** Record `index` as a browser would send it. */
function submitData(index: number): Record<string, unknown> {
  const day = String((index % 28) + 1).padStart(2, '0');
  const month = String((index % 12) + 1).padStart(2, '0');
  return {
    f_customer: `客户 ${index}`,
    f_contact: `联系人 ${index % 997}`,
    f_phone: `138${String(index % 1e8).padStart(8, '0')}`,
    f_email: `buyer${index}@example.com`,
    f_city: ['Shanghai', 'Beijing', 'Shenzhen'][index % 3],
    f_product: `o${index % 3}`,
    f_stage: `o${index % 4}`,
    f_tags: index % 2 === 0 ? ['o0'] : [],
    f_qty: index % 50,
    f_price: 100 + (index % 900),
    f_amount: (index * 13) % 100_000,
    f_signed: `2026-${month}-${day}`,
    f_rating: (index % 5) + 1,
    f_ref: `REF-${index}`,
  };
}

/** A built `formwork serve` in its own process. */
export interface BenchServerProcess {
  readonly url: string;
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

/** Starts `node dist/cli.js serve --port 0` on the storage given and waits for its URL. */
export async function startBenchServer(storage: BenchStorage): Promise<BenchServerProcess> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    FORMWORK_HOST: '127.0.0.1',
    FORMWORK_DATA_DIR: storage.dataDir,
    FORMWORK_ADMIN_USER: 'admin',
    FORMWORK_ADMIN_PASSWORD: adminPassword,
    FORMWORK_DATABASE_URL: storage.databaseUrl ?? undefined,
  };
  if (storage.databaseUrl === null) delete env['FORMWORK_DATABASE_URL'];
  const child = spawn(process.execPath, [...nodeArguments(), storage.cli ?? builtCli, 'serve', '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let printed = '';
  child.stderr.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      printed += chunk.toString();
      const match = /running at (http:\/\/[^\s/]+)/.exec(printed);
      if (match?.[1]) resolve(match[1].replace('localhost', '127.0.0.1'));
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${String(code)}) before listening:\n${printed}`)));
  });
  return {
    url,
    pid: child.pid,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Extra arguments for the servers' node, e.g. `BENCH_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof'` to profile them. */
function nodeArguments(): string[] {
  return (process.env['BENCH_NODE_ARGS'] ?? '').split(' ').filter((argument) => argument !== '');
}

/** A process's CPU time so far (user + system) in ms, read from /proc; null where there is none. */
function cpuMsOf(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    // Fields after the command name (which may hold spaces, so split after its closing bracket): utime is the 14th field, stime the 15th.
    const stat = readFileSync(`/proc/${String(pid)}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1000) / clockTicksPerSecond : null;
  } catch {
    return null;
  }
}

/** USER_HZ: 100 on every Linux Node runs on. */
const clockTicksPerSecond = 100;
