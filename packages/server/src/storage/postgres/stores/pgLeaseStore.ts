import type { PgQueryable } from '../PgQueryable.js';
import type { LeaseStore } from '../../LeaseStore.js';

/**
 * LeaseStore over `leases`: one upsert that only wins when it may, as on SQLite. Racing takers of
 * the same name serialise on the row (ON CONFLICT DO UPDATE locks it and re-checks the WHERE
 * against the latest committed row), so exactly one of them finds it free.
 */
export function createPgLeaseStore(db: PgQueryable): LeaseStore {
  return {
    async acquire(name, holder, now, ttlMs) {
      const result = await db.query(
        `INSERT INTO leases (name, holder, expires_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO UPDATE
         SET holder = excluded.holder, expires_at = excluded.expires_at
         WHERE leases.holder = excluded.holder OR leases.expires_at <= $4`,
        [name, holder, now + ttlMs, now],
      );
      return (result.rowCount ?? 0) > 0;
    },
    async release(name, holder) {
      await db.query('DELETE FROM leases WHERE name = $1 AND holder = $2', [name, holder]);
    },
  };
}
