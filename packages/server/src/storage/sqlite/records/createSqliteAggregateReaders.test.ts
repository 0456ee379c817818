import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databasePath, openDatabase, type SqliteDatabase } from '../openDatabase.js';
import { createSqliteAggregateReaders } from './createSqliteAggregateReaders.js';

let folder: string;
let db: SqliteDatabase;
let file: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'formwork-readers-'));
  file = databasePath(folder);
  db = openDatabase(file);
  db.exec('CREATE TABLE t (k TEXT, v REAL); INSERT INTO t VALUES (\'a\', 1), (\'a\', 2.5), (\'b\', 4)');
});
afterAll(() => {
  db.close();
  rmSync(folder, { recursive: true, force: true });
});

const byKey = { sql: 'SELECT k, sum(v) FROM t WHERE v > ? GROUP BY k ORDER BY k', params: [0] };

describe('createSqliteAggregateReaders', () => {
  it('starts its threads on the first read, answers raw rows in the order asked, and ends them on close', async () => {
    const readers = createSqliteAggregateReaders(file, 2);
    expect(readers.threads).toBe(0);
    const answers = await readers.read([byKey, { sql: 'SELECT count(*) FROM t WHERE k = ?', params: ['b'] }, { ...byKey, params: [2] }]);
    expect(answers).toEqual([
      { status: 'fulfilled', value: [['a', 3.5], ['b', 4]] },
      { status: 'fulfilled', value: [[1]] },
      { status: 'fulfilled', value: [['a', 2.5], ['b', 4]] },
    ]);
    expect(readers.threads).toBe(2);
    // The same threads serve the next read, and see what was committed since.
    db.exec("INSERT INTO t VALUES ('c', 8)");
    expect(await readers.read([byKey])).toEqual([{ status: 'fulfilled', value: [['a', 3.5], ['b', 4], ['c', 8]] }]);
    expect(readers.threads).toBe(2);
    await readers.close();
    expect(readers.threads).toBe(0);
    await expect(readers.read([byKey])).resolves.toMatchObject([{ status: 'rejected', reason: new Error('the aggregate readers are closed') }]);
  });

  it('fails a statement SQLite refuses, with its message and code, and the others still answer', async () => {
    const readers = createSqliteAggregateReaders(file, 2);
    try {
      const answers = await readers.read([{ sql: 'SELECT nope FROM t', params: [] }, byKey, { sql: "INSERT INTO t VALUES ('x', 1) RETURNING k", params: [] }]);
      expect(answers[0]).toMatchObject({ status: 'rejected', reason: { message: expect.stringContaining('nope') as unknown, code: 'SQLITE_ERROR' } });
      expect(answers[1]).toMatchObject({ status: 'fulfilled' });
      // A reader's connection is read-only: it cannot write even when asked to.
      expect(answers[2]).toMatchObject({ status: 'rejected', reason: { code: 'SQLITE_READONLY' } });
    } finally {
      await readers.close();
    }
  });

  it('fails the reads of a file it cannot open, and ends its threads', async () => {
    const readers = createSqliteAggregateReaders(join(folder, 'missing.sqlite'), 2);
    const answers = await readers.read([byKey, byKey]);
    expect(answers.map((answer) => answer.status)).toEqual(['rejected', 'rejected']);
    await readers.close();
    expect(readers.threads).toBe(0);
  });
});
