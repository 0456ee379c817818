import type { FlowTimerStore } from '../../FlowTimerStore.js';
import { byDueTime, defaultClaimLeaseMs, flowTimerColumns, flowTimerValues, toFlowTimer, type FlowTimerRow } from '../../flowRows/flowTimerRow.js';
import type { PgQueryable } from '../PgQueryable.js';
import { readNullableBigint } from './readBigint.js';
import { insertRows } from './insertRows.js';

const columns = flowTimerColumns.join(', ');

/**
 * FlowTimerStore over `flow_timers` (migration 0004). `claimDue` picks its rows `FOR UPDATE SKIP
 * LOCKED`: racing schedulers in other processes skip the rows one of them is claiming rather
 * than wait for it, and a row claimed and committed meanwhile fails the re-checked WHERE (its
 * `claimed_until` is now in the future), so no timer is handed to two callers.
 */
export function createPgFlowTimerStore(db: PgQueryable): FlowTimerStore {
  return {
    async set(timers) {
      await insertRows(
        db,
        'flow_timers',
        flowTimerColumns,
        timers.map(flowTimerValues),
        `ON CONFLICT (id) DO UPDATE SET instance_id = excluded.instance_id, record_id = excluded.record_id, visit_id = excluded.visit_id,
           node_id = excluded.node_id, kind = excluded.kind, due_at = excluded.due_at, claimed_until = NULL`,
      );
    },
    async clear(ids) {
      if (ids.length > 0) await db.query('DELETE FROM flow_timers WHERE id = ANY($1::text[])', [ids]);
    },
    async claimDue(now, limit, options) {
      const { rows } = await db.query<FlowTimerRow>(
        `UPDATE flow_timers SET claimed_until = $2
         WHERE id IN (SELECT id FROM flow_timers WHERE due_at <= $1 AND (claimed_until IS NULL OR claimed_until <= $1)
                      ORDER BY due_at, id LIMIT $3 FOR UPDATE SKIP LOCKED)
         RETURNING ${columns}`,
        [now, now + (options?.leaseMs ?? defaultClaimLeaseMs), limit],
      );
      return rows.map(toFlowTimer).sort(byDueTime);
    },
    async nextDueAt() {
      const { rows } = await db.query<{ next: number | string | null }>('SELECT min(due_at) AS next FROM flow_timers');
      return readNullableBigint(rows[0]?.next ?? null) ?? undefined;
    },
    async listByInstance(instanceId) {
      const { rows } = await db.query<FlowTimerRow>(`SELECT ${columns} FROM flow_timers WHERE instance_id = $1 ORDER BY due_at, id`, [instanceId]);
      return rows.map(toFlowTimer);
    },
  };
}
