import type { FlowInstanceSummary, FlowInstanceStore } from '../../FlowInstanceStore.js';
import {
  flowInstanceColumns,
  flowInstanceValues,
  flowSummaryColumns,
  toFlowSummary,
  toStoredFlowInstance,
  type FlowInstanceRow,
} from '../../flowRows/flowInstanceRow.js';
import { placeholders } from '../../flowRows/keysetPage.js';
import type { SqliteDatabase } from '../openDatabase.js';
import type { Synchronous } from '../Synchronous.js';

type StateRow = Pick<FlowInstanceRow, 'state' | 'flow_state' | 'updated_at'>;
type SummaryRow = Omit<FlowInstanceRow, 'state' | 'updated_at'>;

/** The live instance first, then the latest started: which of a record's instances is "its" flow. */
const currentFirst = "(status = 'in_progress') DESC, started_at DESC, id DESC";

/** FlowInstanceStore over `flow_instances` (migration 0011). */
export function createSqliteFlowInstanceStore(db: SqliteDatabase): Synchronous<FlowInstanceStore> {
  // The conflict target names the partial unique index, so only "a live instance exists" is
  // swallowed; a repeated id still fails loudly.
  const insert = db.prepare(
    `INSERT INTO flow_instances (${flowInstanceColumns.join(', ')}) VALUES (${placeholders(flowInstanceColumns.length, 'sqlite')})
     ON CONFLICT (record_id) WHERE status = 'in_progress' DO NOTHING`,
  );
  const byId = db.prepare<[string], StateRow>('SELECT state, flow_state, updated_at FROM flow_instances WHERE id = ?');
  const byRecord = db.prepare<[string, string, string], StateRow>(
    `SELECT state, flow_state, updated_at FROM flow_instances WHERE record_id = ? AND (? = 'any' OR purpose = ?) ORDER BY ${currentFirst} LIMIT 1`,
  );
  const update = db.prepare<[string, number, string, string, number | null, number, string, number]>(
    `UPDATE flow_instances SET status = ?, revision = ?, state = ?, flow_state = ?, finished_at = ?, updated_at = ?
     WHERE id = ? AND revision = ?`,
  );
  const summaries = db.prepare<[string], SummaryRow>(
    `SELECT ${flowSummaryColumns} FROM flow_instances WHERE record_id IN (SELECT value FROM json_each(?)) AND purpose = 'record' ORDER BY record_id, ${currentFirst}`,
  );
  return {
    create: (instance, flowState, now) => insert.run(...flowInstanceValues(instance, flowState, now)).changes > 0,
    findById: (id) => {
      const row = byId.get(id);
      return row ? toStoredFlowInstance(row) : undefined;
    },
    findByRecord: (recordId, purpose = 'record') => {
      const row = byRecord.get(recordId, purpose, purpose);
      return row ? toStoredFlowInstance(row) : undefined;
    },
    save: (instance, flowState, expectedRevision, now) =>
      update.run(instance.status, instance.revision, JSON.stringify(instance), JSON.stringify(flowState), instance.finishedAt ?? null, now, instance.id, expectedRevision)
        .changes > 0,
    summariesOf: (recordIds) => {
      const found = new Map<string, FlowInstanceSummary>();
      if (recordIds.length === 0) return found;
      // Rows come current-first per record: the first one seen is the record's flow.
      for (const row of summaries.all(JSON.stringify(recordIds))) if (!found.has(row.record_id)) found.set(row.record_id, toFlowSummary(row));
      return found;
    },
  };
}
