import Database, { type Statement } from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import type { CellValue } from '../../../records/projectValue.js';
import type { AggregateReaderAnswer, AggregateReaderInput, AggregateReaderRequest } from './sqliteAggregateReaderProtocol.js';

/**
 * An aggregate reader (started by `createSqliteAggregateReaders`): the database file on a
 * read-only connection of its own, running one aggregate statement at a time and posting its raw
 * rows back. In WAL mode it reads while the server's connection writes; each statement sees
 * every commit made before it began. It only runs statements the request thread compiled, after
 * that thread created the tables and indexes they read.
 */
const input = workerData as AggregateReaderInput;

/** How much of the database file a reader maps (1 GiB). */
const readerMapBytes = 1024 * 1024 * 1024;
const port = parentPort;
if (!port) throw new Error('sqliteAggregateReader runs in a worker thread');

const db = new Database(input.file, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
// Scans read the file through a memory map instead of copying each page into the connection's
// 16 MB cache, which a covering index of a million entries does not fit in: ~15 % less CPU per
// scan (#14: the dashboard bench's three scans ~230 → ~190 ms). The map is address space shared
// with the OS page cache, not memory of its own; a file beyond it is read as before.
db.pragma(`mmap_size = ${String(readerMapBytes)}`);

// A dashboard asks the same few shapes again and again: prepared once, as the request thread does.
const statements = new Map<string, Statement>();
const prepared = (sql: string): Statement => {
  let statement = statements.get(sql);
  if (!statement) {
    statement = db.prepare(sql).raw(true);
    statements.set(sql, statement);
    if (statements.size > 200) statements.delete(statements.keys().next().value as string);
  }
  return statement;
};

port.on('message', (request: AggregateReaderRequest) => {
  if (request.kind === 'close') {
    db.close();
    port.close();
    return;
  }
  let answer: AggregateReaderAnswer;
  try {
    answer = { id: request.id, rows: prepared(request.sql).all(...request.params) as CellValue[][] };
  } catch (error) {
    const code = error instanceof Database.SqliteError ? error.code : null;
    answer = { id: request.id, error: { message: error instanceof Error ? error.message : String(error), code } };
  }
  port.postMessage(answer);
});
