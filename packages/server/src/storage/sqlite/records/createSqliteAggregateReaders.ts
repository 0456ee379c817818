import { once } from 'node:events';
import type { Worker } from 'node:worker_threads';
import type { CellValue } from '../../../records/projectValue.js';
import { startModuleWorker } from '../../../threads/startModuleWorker.js';
import type { SqlFragment } from '../sql/SqlFragment.js';
import type { AggregateReaderAnswer, AggregateReaderInput, AggregateReaderRequest } from './sqliteAggregateReaderProtocol.js';

/** Read-only connections in worker threads that run aggregate statements side by side. */
export interface SqliteAggregateReaders {
  /**
   * Runs the statements, each on the first reader free (in the order given), and answers their raw
   * rows — or the error of each that failed — in that order. The first call starts the threads.
   */
  read(statements: readonly SqlFragment[]): Promise<PromiseSettledResult<CellValue[][]>[]>;
  /** Reader threads running now (0 before the first read and after `close`). */
  readonly threads: number;
  /** Closes every reader's connection and ends its thread; reads after this fail. */
  close(): Promise<void>;
}

interface Job {
  readonly id: number;
  readonly statement: SqlFragment;
  readonly resolve: (rows: CellValue[][]) => void;
  readonly reject: (error: Error) => void;
}

interface Reader {
  readonly worker: Worker;
  job: Job | null;
}

/** A reader's data is one statement's groups at a time: a small heap is plenty. */
const readerHeapMb = 64;

/**
 * A small pool of aggregate readers over one SQLite file (`sqliteAggregateReader.ts`), started on
 * the first read and kept for the next ones — starting a thread and opening the file is
 * worth doing once, not per dashboard. A dashboard's scans of a million rows each take a core for
 * 50–100 ms; on one connection they queue, here `size` of them run at once. Results are small
 * (groups, never records), so posting them back costs little.
 *
 * A reader that dies (its thread crashed) fails the statement it was running; the next read
 * starts another in its place.
 *
 * @example
 * const readers = createSqliteAggregateReaders('/srv/data/formwork.sqlite', 2);
 * const [byRegion, byMonth] = await readers.read([regionSql, monthSql]); // side by side
 * await readers.close();
 */
export function createSqliteAggregateReaders(file: string, size: number): SqliteAggregateReaders {
  const readers: Reader[] = [];
  const queue: Job[] = [];
  let nextId = 0;
  let closed = false;

  const start = (): Reader => {
    const worker = startModuleWorker(import.meta.url, 'sqliteAggregateReader', {
      workerData: { file } satisfies AggregateReaderInput,
      resourceLimits: { maxOldGenerationSizeMb: readerHeapMb },
    });
    // Idle, a reader keeps no process alive (a script that forgot to close its storage still ends);
    // while it runs a statement it does.
    worker.unref();
    const reader: Reader = { worker, job: null };
    worker.on('message', (answer: AggregateReaderAnswer) => {
      const job = reader.job;
      if (!job || job.id !== answer.id) return;
      reader.job = null;
      reader.worker.unref();
      if ('rows' in answer) job.resolve(answer.rows);
      else job.reject(Object.assign(new Error(answer.error.message), { code: answer.error.code }));
      dispatch();
    });
    // 'error' (a throw in the thread, or a file it cannot open) is followed by 'exit'.
    let crash: Error | undefined;
    worker.on('error', (error) => {
      crash = error;
    });
    worker.on('exit', (code) => {
      const at = readers.indexOf(reader);
      if (at >= 0) readers.splice(at, 1);
      const job = reader.job;
      reader.job = null;
      if (job) job.reject(crash ?? new Error(`an aggregate reader stopped (exit code ${String(code)}) while it ran a statement`));
      if (!closed) dispatch();
    });
    readers.push(reader);
    return reader;
  };

  const dispatch = (): void => {
    if (closed) return;
    while (queue.length > 0 && readers.length < size) start();
    for (const reader of readers) {
      if (reader.job) continue;
      const job = queue.shift();
      if (!job) return;
      reader.job = job;
      reader.worker.ref();
      const request: AggregateReaderRequest = { kind: 'read', id: job.id, sql: job.statement.sql, params: job.statement.params };
      reader.worker.postMessage(request);
    }
  };

  return {
    read(statements) {
      const rows = statements.map(
        (statement) =>
          new Promise<CellValue[][]>((resolve, reject) => {
            if (closed) return reject(new Error('the aggregate readers are closed'));
            queue.push({ id: nextId++, statement, resolve, reject });
          }),
      );
      dispatch();
      return Promise.allSettled(rows);
    },

    get threads() {
      return readers.length;
    },

    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error('the aggregate readers were closed before this statement ran'));
      await Promise.all(
        [...readers].map(async (reader) => {
          const exited = once(reader.worker, 'exit');
          // Closing its connection ends the thread; a thread stuck in a long statement is ended.
          reader.worker.postMessage({ kind: 'close' } satisfies AggregateReaderRequest);
          const timer = setTimeout(() => void reader.worker.terminate(), 2_000);
          await exited;
          clearTimeout(timer);
        }),
      );
    },
  };
}
