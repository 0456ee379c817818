import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createE2eDatabase } from './createE2eDatabase.js';

const cliPath = fileURLToPath(new URL('../../packages/server/dist/cli.js', import.meta.url));

export interface RunningServer {
  readonly url: string;
  readonly dataDir: string;
  readonly admin: { readonly username: string; readonly password: string };
  /** Everything the server printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts the built server (`packages/server/dist/cli.js serve`) as its own process on a free port
 * with a fresh data folder, exactly as `pnpm start` would, and waits until it listens. On the
 * `e2e-postgres` project its database is a fresh PostgreSQL one (`FORMWORK_DATABASE_URL`), else
 * the folder's SQLite file.
 */
export async function startServer(options: { env?: Record<string, string> } = {}): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'formwork-e2e-'));
  const database = process.env['FORMWORK_E2E_DATABASE'] === 'postgres' ? createE2eDatabase() : undefined;
  const admin = { username: 'admin', password: 'e2e-Admin-password-1' };
  const child = spawn(process.execPath, [cliPath, 'serve', '--port', '0'], {
    env: {
      ...process.env,
      FORMWORK_DATA_DIR: dataDir,
      FORMWORK_ADMIN_USER: admin.username,
      FORMWORK_ADMIN_PASSWORD: admin.password,
      ...(database ? { FORMWORK_DATABASE_URL: database.url } : {}),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  child.stdout?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const url = await waitForUrl(child, () => printed);
  const expected = database ? 'Storage: PostgreSQL' : 'Storage: SQLite';
  if (!printed.includes(expected)) throw new Error(`the server should run on ${expected.slice(9)}:\n${printed}`);
  return {
    url,
    dataDir,
    admin,
    output: () => printed,
    stop: async () => {
      await stopProcess(child);
      database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function waitForUrl(child: ChildProcess, printed: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const deadline = setTimeout(() => reject(new Error(`server did not start within 60 s:\n${printed()}`)), 60_000);
    const check = (): void => {
      const match = /running at (http:\/\/[^\s/]+)/i.exec(printed());
      if (match?.[1]) {
        clearTimeout(deadline);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(deadline);
      reject(new Error(`server exited with code ${String(code)} before listening:\n${printed()}`));
    });
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
  });
}
