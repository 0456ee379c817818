import type { LeaseStore } from '../LeaseStore.js';
import type { SqliteDatabase } from './openDatabase.js';
import type { Synchronous } from './Synchronous.js';

/** LeaseStore over the `leases` table (migration 0009): one upsert that only wins when it may. */
export function createSqliteLeaseStore(db: SqliteDatabase): Synchronous<LeaseStore> {
  const take = db.prepare<[{ name: string; holder: string; expiresAt: number; now: number }]>(
    `INSERT INTO leases (name, holder, expires_at) VALUES (@name, @holder, @expiresAt) ON CONFLICT (name) DO UPDATE
     SET holder = excluded.holder, expires_at = excluded.expires_at
     WHERE leases.holder = excluded.holder OR leases.expires_at <= @now`,
  );
  const release = db.prepare<[string, string]>('DELETE FROM leases WHERE name = ? AND holder = ?');
  return {
    acquire: (name, holder, now, ttlMs) => take.run({ name, holder, expiresAt: now + ttlMs, now }).changes > 0,
    release: (name, holder) => void release.run(name, holder),
  };
}
