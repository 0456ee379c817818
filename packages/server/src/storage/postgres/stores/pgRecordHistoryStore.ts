import type { PgQueryable } from '../PgQueryable.js';
import type { RecordAction, RecordChange, RecordHistoryEntry } from '../../../records/RecordChange.js';
import type { RecordHistoryStore } from '../../RecordHistoryStore.js';
import { readBigint } from './readBigint.js';

interface HistoryRow {
  record_id: string;
  version: number;
  action: RecordAction;
  actor_id: string | null;
  actor_name: string | null;
  at: number | string;
  changes: string;
  reason: string | null;
  approved_by: string | null;
  approver_name: string | null;
}

interface CreationRow {
  creator_id: string | null;
  creator_name: string | null;
  created_at: number | string;
}

/**
 * RecordHistoryStore over `record_history` (append-only, guarded by triggers). A record's
 * creation is not stored as an entry: it is read from the record's own creation stamp, which a
 * trigger keeps from ever changing.
 */
export function createPgRecordHistoryStore(db: PgQueryable): RecordHistoryStore {
  return {
    async append(entry) {
      await db.query('INSERT INTO record_history (record_id, version, action, actor_id, at, changes, reason, approved_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [
        entry.recordId,
        entry.version,
        entry.action,
        entry.actorId,
        entry.at,
        JSON.stringify(entry.changes),
        entry.reason ?? null,
        entry.approvedBy ?? null,
      ]);
    },
    async list(recordId) {
      const { rows } = await db.query<HistoryRow>(
        `SELECT h.record_id, h.version, h.action, h.actor_id, u.name AS actor_name, h.at, h.changes, h.reason, h.approved_by, a.name AS approver_name
         FROM record_history h LEFT JOIN users u ON u.id = h.actor_id LEFT JOIN users a ON a.id = h.approved_by WHERE h.record_id = $1 ORDER BY h.seq`,
        [recordId],
      );
      const stored = rows.map(
        (row): RecordHistoryEntry => ({
          recordId: row.record_id,
          version: row.version,
          action: row.action,
          actorId: row.actor_id,
          actorName: row.actor_name,
          at: readBigint(row.at),
          changes: JSON.parse(row.changes) as RecordChange[],
          reason: row.reason,
          ...(row.approved_by === null ? {} : { approvedBy: row.approved_by, approverName: row.approver_name }),
        }),
      );
      // The creation is stamped on the record's row, which never changes; records copied over
      // from a SQLite deployment older than that stamp have a stored `create` entry instead.
      if (stored.some((entry) => entry.action === 'create')) return stored;
      const { rows: creations } = await db.query<CreationRow>(
        'SELECT r.creator_id, u.name AS creator_name, r.created_at FROM records r LEFT JOIN users u ON u.id = r.creator_id WHERE r.id = $1',
        [recordId],
      );
      const creation = creations[0];
      if (!creation) return stored;
      const created: RecordHistoryEntry = {
        recordId,
        version: 1,
        action: 'create',
        actorId: creation.creator_id,
        actorName: creation.creator_name,
        at: readBigint(creation.created_at),
        changes: [],
        reason: null,
      };
      return [created, ...stored];
    },
  };
}
