import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cliSource = fileURLToPath(new URL('../cli.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../..', import.meta.url));

/** A `formwork` CLI running as its own process, as in production. */
export interface ServerProcess {
  /** `http://localhost:PORT` as printed by the server. */
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything printed so far (stdout and stderr). */
  output(): string;
  /** Sends a signal and waits for the process to end. */
  kill(signal: NodeJS.Signals): Promise<void>;
}

export interface CliRun {
  readonly code: number | null;
  readonly output: string;
}

/**
 * Runs the CLI from source (`node --conditions=source --import tsx src/cli.ts …`), so tests need
 * no build. `FORMWORK_*` settings go in `env`.
 */
export function spawnCli(args: readonly string[], env: Readonly<Record<string, string>> = {}): ChildProcess {
  return spawn(process.execPath, ['--conditions=source', '--import', 'tsx', cliSource, ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs a CLI command to the end and collects its output. */
export function runCli(args: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<CliRun> {
  const child = spawnCli(args, env);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, output })));
}

/**
 * Starts `formwork serve --port 0` on a data folder and waits until it prints its URL.
 *
 * @example
 * const server = await spawnServerProcess({ FORMWORK_DATA_DIR: dir, FORMWORK_ADMIN_PASSWORD: 'crash-test-pw' });
 * await server.kill('SIGKILL');
 */
export async function spawnServerProcess(env: Readonly<Record<string, string>>): Promise<ServerProcess> {
  const child = spawnCli(['serve', '--port', '0'], env);
  let printed = '';
  child.stdout?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${printed}`)), 60_000);
    const check = (): void => {
      const match = /running at (http:\/\/[^\s/]+)/.exec(printed);
      if (!match?.[1]) return;
      clearTimeout(timer);
      resolve(match[1]);
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${String(code)}) before listening:\n${printed}`));
    });
  });
  return {
    url,
    child,
    output: () => printed,
    kill: async (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
