import type { FlowInstanceStore, FlowInstanceSummary } from '../../FlowInstanceStore.js';
import {
  flowInstanceColumns,
  flowInstanceValues,
  flowSummaryColumns,
  toFlowSummary,
  toStoredFlowInstance,
  type FlowInstanceRow,
} from '../../flowRows/flowInstanceRow.js';
import { placeholders } from '../../flowRows/keysetPage.js';
import type { PgQueryable } from '../PgQueryable.js';

type StateRow = Pick<FlowInstanceRow, 'state' | 'flow_state' | 'updated_at'>;
type SummaryRow = Omit<FlowInstanceRow, 'state' | 'updated_at'>;

/** The live instance first, then the latest started: which of a record's instances is "its" flow. */
const currentFirst = "(status = 'in_progress') DESC, started_at DESC, id DESC";

/**
 * FlowInstanceStore over `flow_instances` (migration 0004). `save` is one UPDATE with the revision
 * in its WHERE: a racing transition blocks on the winner's row lock, then PostgreSQL re-checks the
 * WHERE against the committed row and finds the revision moved on (0 rows, false). `create` races
 * on the partial unique index: the loser waits for the winner's commit, then does nothing.
 */
export function createPgFlowInstanceStore(db: PgQueryable): FlowInstanceStore {
  return {
    async create(instance, flowState, now) {
      const result = await db.query(
        `INSERT INTO flow_instances (${flowInstanceColumns.join(', ')}) VALUES (${placeholders(flowInstanceColumns.length, 'postgres')})
         ON CONFLICT (record_id) WHERE status = 'in_progress' DO NOTHING`,
        flowInstanceValues(instance, flowState, now),
      );
      return (result.rowCount ?? 0) > 0;
    },
    async findById(id) {
      const { rows } = await db.query<StateRow>('SELECT state, flow_state, updated_at FROM flow_instances WHERE id = $1', [id]);
      return rows[0] ? toStoredFlowInstance(rows[0]) : undefined;
    },
    async findByRecord(recordId, purpose = 'record') {
      const { rows } = await db.query<StateRow>(
        `SELECT state, flow_state, updated_at FROM flow_instances WHERE record_id = $1 AND ($2 = 'any' OR purpose = $2) ORDER BY ${currentFirst} LIMIT 1`,
        [recordId, purpose],
      );
      return rows[0] ? toStoredFlowInstance(rows[0]) : undefined;
    },
    async save(instance, flowState, expectedRevision, now) {
      const result = await db.query(
        `UPDATE flow_instances SET status = $1, revision = $2, state = $3, flow_state = $4, finished_at = $5, updated_at = $6
         WHERE id = $7 AND revision = $8`,
        [instance.status, instance.revision, JSON.stringify(instance), JSON.stringify(flowState), instance.finishedAt ?? null, now, instance.id, expectedRevision],
      );
      return (result.rowCount ?? 0) > 0;
    },
    async summariesOf(recordIds) {
      const found = new Map<string, FlowInstanceSummary>();
      if (recordIds.length === 0) return found;
      const { rows } = await db.query<SummaryRow>(
        `SELECT ${flowSummaryColumns} FROM flow_instances WHERE record_id = ANY($1::text[]) AND purpose = 'record' ORDER BY record_id, ${currentFirst}`,
        [recordIds],
      );
      // Rows come current-first per record: the first one seen is the record's flow.
      for (const row of rows) if (!found.has(row.record_id)) found.set(row.record_id, toFlowSummary(row));
      return found;
    },
  };
}
