import type { PgQueryable } from '../PgQueryable.js';
import type { LoginAttemptStore } from '../../LoginAttemptStore.js';
import { readBigint } from './readBigint.js';

/** LoginAttemptStore over `login_failures`: shared by every server process on the database. */
export function createPgLoginAttemptStore(db: PgQueryable): LoginAttemptStore {
  return {
    async recordFailure(keys, at) {
      // Inside a transaction the keys stay locked until it ends, so a racing sign-in's count
      // (READ COMMITTED: what was committed when its statement began) waits for this failure
      // instead of missing it. Sorted, so two transactions never wait for each other.
      await db.query('SELECT pg_advisory_xact_lock(hashtextextended(k, 4417)) FROM (SELECT DISTINCT unnest($1::text[]) AS k ORDER BY 1) AS keys', [keys]);
      // One INSERT for all the keys: they count together or not at all.
      await db.query('INSERT INTO login_failures (key, failed_at) SELECT unnest($1::text[]), $2', [keys, at]);
    },
    async countSince(key, since) {
      const { rows } = await db.query<{ n: number }>('SELECT count(*)::integer AS n FROM login_failures WHERE key = $1 AND failed_at >= $2', [key, since]);
      return rows[0]?.n ?? 0;
    },
    async nthLatestFailure(key, nth) {
      if (nth < 1) return undefined;
      const { rows } = await db.query<{ failed_at: number | string }>(
        'SELECT failed_at FROM login_failures WHERE key = $1 ORDER BY failed_at DESC LIMIT 1 OFFSET $2',
        [key, nth - 1],
      );
      return rows[0] ? readBigint(rows[0].failed_at) : undefined;
    },
    async clear(key) {
      await db.query('DELETE FROM login_failures WHERE key = $1', [key]);
    },
    async deleteBefore(before) {
      const result = await db.query('DELETE FROM login_failures WHERE failed_at < $1', [before]);
      return result.rowCount ?? 0;
    },
  };
}
