import type { FlowLogStore } from '../../FlowLogStore.js';
import { flowLogColumns, flowLogValues, toFlowLogEntry, type FlowLogRow } from '../../flowRows/flowLogRow.js';
import type { PgQueryable } from '../PgQueryable.js';
import { insertRows } from './insertRows.js';

/** FlowLogStore over `flow_log` (migration 0004; triggers keep it append-only). */
export function createPgFlowLogStore(db: PgQueryable): FlowLogStore {
  return {
    async append(entries) {
      await insertRows(db, 'flow_log', flowLogColumns, entries.map(flowLogValues));
    },
    async listByRecord(recordId) {
      const { rows } = await db.query<FlowLogRow>(`SELECT ${flowLogColumns.join(', ')} FROM flow_log WHERE record_id = $1 ORDER BY seq`, [recordId]);
      return rows.map(toFlowLogEntry);
    },
  };
}
