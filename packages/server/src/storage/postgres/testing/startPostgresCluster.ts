import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A throwaway PostgreSQL server for one test run. */
export interface PostgresCluster {
  /** Superuser URL (`postgres@127.0.0.1:<port>/postgres`, trust auth: no password). */
  readonly url: string;
  /** Stops the server and removes its folder. */
  stop(): Promise<void>;
}

/** Said whenever PostgreSQL cannot be found: tests that need it fail, never skip. */
export const postgresMissingMessage =
  'PostgreSQL is needed by the storage tests but was not found (pg_config / initdb / pg_ctl). ' +
  'Install it: apt-get install -y postgresql (as .ci/run does), ' +
  'or point FORMWORK_TEST_POSTGRES_URL at a server where that user may create databases.';

/**
 * Starts a PostgreSQL server of its own in a fresh temporary folder: `initdb` (UTF8, C locale,
 * trust auth for local and 127.0.0.1 connections), then `pg_ctl start` on a free port, listening on
 * 127.0.0.1 only with its unix socket in that folder, so it never meets the machine's own cluster.
 * Binaries are found through `pg_config --bindir` (Debian keeps them off PATH).
 *
 * PostgreSQL refuses to run as root, and CI runs as root: then the folder is handed to the
 * `postgres` user (created by Debian's package) and the binaries run as that user via `runuser`.
 *
 * Durability is switched off (`fsync`, `synchronous_commit`, `full_page_writes`): the data lives
 * for one run, and tests that kill a Formwork server kill Formwork, not PostgreSQL.
 */
export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = await findBinaries();
  const asPostgres = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'formwork-pg-'));
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  let started = false;
  const stopNow = (): void => {
    if (started) {
      started = false;
      try {
        execFileSync(...command(asPostgres, bin.pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop']), { cwd: dir, stdio: 'ignore' });
      } catch {
        // Already gone: nothing to stop.
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  // A run interrupted before teardown (Ctrl-C) must not leave a server behind.
  process.once('exit', stopNow);
  try {
    if (asPostgres) handToPostgresUser(dir);
    await runTool(asPostgres, dir, bin.initdb, [
      '-D', data, '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--auth=trust', '--no-sync', '--no-instructions',
    ]);
    const port = await startOnFreePort(asPostgres, dir, bin.pgCtl, data, log);
    started = true;
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      stop: async () => {
        process.removeListener('exit', stopNow);
        if (started) {
          started = false;
          await runTool(asPostgres, dir, bin.pgCtl, ['-D', data, '-m', 'fast', '-w', 'stop']).catch(() => undefined);
        }
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    process.removeListener('exit', stopNow);
    stopNow();
    throw error;
  }
}

async function findBinaries(): Promise<{ initdb: string; pgCtl: string }> {
  let bindir: string;
  try {
    bindir = (await run('pg_config', ['--bindir'])).stdout.trim();
  } catch {
    throw new Error(postgresMissingMessage);
  }
  const initdb = join(bindir, 'initdb');
  const pgCtl = join(bindir, 'pg_ctl');
  // pg_config also comes with libpq-dev alone, without the server.
  if (!existsSync(initdb) || !existsSync(pgCtl)) throw new Error(`${postgresMissingMessage} (looked in ${bindir})`);
  return { initdb, pgCtl };
}

function handToPostgresUser(dir: string): void {
  let uid: number;
  let gid: number;
  try {
    uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  } catch {
    throw new Error(`Running as root, the tests run PostgreSQL as the 'postgres' user, which does not exist. ${postgresMissingMessage}`);
  }
  chownSync(dir, uid, gid);
}

/** pg_ctl can lose the race for the port to another process: then it tries another one. */
async function startOnFreePort(asPostgres: boolean, dir: string, pgCtl: string, data: string, log: string): Promise<number> {
  for (let attempt = 1; ; attempt += 1) {
    const port = await findFreePort();
    const settings = [
      `-p ${port}`,
      `-k '${dir}'`,
      "-c listen_addresses='127.0.0.1'",
      '-c max_connections=200',
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
    ].join(' ');
    try {
      await runTool(asPostgres, dir, pgCtl, ['-D', data, '-l', log, '-w', '-t', '60', '-o', settings, 'start']);
      return port;
    } catch (error) {
      if (attempt === 3) {
        const serverLog = existsSync(log) ? readFileSync(log, 'utf8').slice(-2000) : '';
        throw new Error(`The test PostgreSQL server did not start: ${String(error)}\n${serverLog}`);
      }
    }
  }
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function runTool(asPostgres: boolean, cwd: string, tool: string, args: readonly string[]): Promise<void> {
  const [file, argv] = command(asPostgres, tool, args);
  try {
    await run(file, argv, { cwd });
  } catch (error) {
    const stderr = typeof error === 'object' && error !== null && 'stderr' in error ? String(error.stderr) : '';
    throw new Error(`${tool} ${args.join(' ')} failed: ${stderr || String(error)}`);
  }
}

function command(asPostgres: boolean, tool: string, args: readonly string[]): [string, string[]] {
  return asPostgres ? ['runuser', ['-u', 'postgres', '--', tool, ...args]] : [tool, [...args]];
}
