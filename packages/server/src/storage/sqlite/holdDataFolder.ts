import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/** A data folder this process serves alone, until `release()`. */
export interface DataFolderHold {
  release(): void;
}

/** Another process already serves this data folder. */
export class DataFolderBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: string | undefined,
  ) {
    super(
      `${dataDir} is already served by another Formwork process${holder ? ` (${holder})` : ''}. ` +
        'Stop it first, or give this one its own folder with --data-dir / FORMWORK_DATA_DIR.',
    );
    this.name = 'DataFolderBusyError';
  }
}

/**
 * Claims a data folder for one serving process. Two servers on one SQLite file would each keep
 * their own caches of compiled forms and rate limits, so the second is refused at start, with a
 * message naming the first.
 *
 * The claim is an exclusive SQLite lock on `formwork.lock`, held by a connection that stays open
 * for the life of the process: the operating system drops it when the process dies, however it
 * dies, so a `kill -9` never leaves a stale lock and a reused pid is never mistaken for a holder.
 * `formwork.lock.txt` says who holds it, for the error message only.
 */
export function holdDataFolder(dataDir: string, now: () => number): DataFolderHold {
  const lockFile = join(dataDir, 'formwork.lock');
  const holderFile = join(dataDir, 'formwork.lock.txt');
  const lock = new Database(lockFile, { timeout: 0 });
  try {
    lock.pragma('locking_mode = EXCLUSIVE');
    lock.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    lock.close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY') throw new DataFolderBusyError(dataDir, readHolder(holderFile));
    throw error;
  }
  writeFileSync(holderFile, `pid ${String(process.pid)} on ${hostname()}, started ${new Date(now()).toISOString()}\n`);
  return {
    release: () => {
      rmSync(holderFile, { force: true });
      lock.close();
    },
  };
}

function readHolder(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}
