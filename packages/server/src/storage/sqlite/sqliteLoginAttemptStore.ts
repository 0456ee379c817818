import type { Synchronous } from './Synchronous.js';
import type { SqliteDatabase } from './openDatabase.js';
import type { LoginAttemptStore } from '../LoginAttemptStore.js';

/** LoginAttemptStore over the `login_failures` table (migration 0007). */
export function createSqliteLoginAttemptStore(db: SqliteDatabase): Synchronous<LoginAttemptStore> {
  const insert = db.prepare('INSERT INTO login_failures (key, failed_at) VALUES (?, ?)');
  const count = db.prepare<[string, number], number>('SELECT count(*) FROM login_failures WHERE key = ? AND failed_at >= ?').pluck();
  const nthLatest = db
    .prepare<[string, number], number>('SELECT failed_at FROM login_failures WHERE key = ? ORDER BY failed_at DESC LIMIT 1 OFFSET ?')
    .pluck();
  const clear = db.prepare('DELETE FROM login_failures WHERE key = ?');
  const deleteBefore = db.prepare('DELETE FROM login_failures WHERE failed_at < ?');
  const insertAll = db.transaction((keys: readonly string[], at: number) => {
    for (const key of keys) insert.run(key, at);
  });

  return {
    recordFailure: (keys, at) => insertAll(keys, at),
    countSince: (key, since) => count.get(key, since) ?? 0,
    nthLatestFailure: (key, nth) => (nth < 1 ? undefined : nthLatest.get(key, nth - 1)),
    clear: (key) => void clear.run(key),
    deleteBefore: (before) => deleteBefore.run(before).changes,
  };
}
