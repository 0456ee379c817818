import type { FlowTimerStore } from '../../FlowTimerStore.js';
import { byDueTime, defaultClaimLeaseMs, flowTimerColumns, flowTimerValues, toFlowTimer, type FlowTimerRow } from '../../flowRows/flowTimerRow.js';
import { placeholders } from '../../flowRows/keysetPage.js';
import type { SqliteDatabase } from '../openDatabase.js';
import type { Synchronous } from '../Synchronous.js';

const columns = flowTimerColumns.join(', ');

/**
 * FlowTimerStore over `flow_timers` (migration 0011). `claimDue` is one UPDATE … RETURNING:
 * SQLite runs one writer at a time, so no two callers can pick the same unclaimed row.
 */
export function createSqliteFlowTimerStore(db: SqliteDatabase): Synchronous<FlowTimerStore> {
  const upsert = db.prepare(
    `INSERT INTO flow_timers (${columns}) VALUES (${placeholders(flowTimerColumns.length, 'sqlite')})
     ON CONFLICT (id) DO UPDATE SET instance_id = excluded.instance_id, record_id = excluded.record_id, visit_id = excluded.visit_id,
       node_id = excluded.node_id, kind = excluded.kind, due_at = excluded.due_at, claimed_until = NULL`,
  );
  const remove = db.prepare<[string]>('DELETE FROM flow_timers WHERE id IN (SELECT value FROM json_each(?))');
  const claim = db.prepare<[{ now: number; until: number; limit: number }], FlowTimerRow>(
    `UPDATE flow_timers SET claimed_until = @until
     WHERE id IN (SELECT id FROM flow_timers WHERE due_at <= @now AND (claimed_until IS NULL OR claimed_until <= @now) ORDER BY due_at, id LIMIT @limit)
     RETURNING ${columns}`,
  );
  const next = db.prepare<[], number | null>('SELECT min(due_at) FROM flow_timers').pluck();
  const byInstance = db.prepare<[string], FlowTimerRow>(`SELECT ${columns} FROM flow_timers WHERE instance_id = ? ORDER BY due_at, id`);
  return {
    set: (timers) => {
      for (const timer of timers) upsert.run(...flowTimerValues(timer));
    },
    clear: (ids) => {
      if (ids.length > 0) remove.run(JSON.stringify(ids));
    },
    claimDue: (now, limit, options) => claim.all({ now, until: now + (options?.leaseMs ?? defaultClaimLeaseMs), limit }).map(toFlowTimer).sort(byDueTime),
    nextDueAt: () => next.get() ?? undefined,
    listByInstance: (instanceId) => byInstance.all(instanceId).map(toFlowTimer),
  };
}
