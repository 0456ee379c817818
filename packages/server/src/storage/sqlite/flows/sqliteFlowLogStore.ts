import type { FlowLogStore } from '../../FlowLogStore.js';
import { flowLogColumns, flowLogValues, toFlowLogEntry, type FlowLogRow } from '../../flowRows/flowLogRow.js';
import { placeholders } from '../../flowRows/keysetPage.js';
import type { SqliteDatabase } from '../openDatabase.js';
import type { Synchronous } from '../Synchronous.js';

/** FlowLogStore over `flow_log` (migration 0011; triggers keep it append-only). */
export function createSqliteFlowLogStore(db: SqliteDatabase): Synchronous<FlowLogStore> {
  const insert = db.prepare(`INSERT INTO flow_log (${flowLogColumns.join(', ')}) VALUES (${placeholders(flowLogColumns.length, 'sqlite')})`);
  const byRecord = db.prepare<[string], FlowLogRow>(`SELECT ${flowLogColumns.join(', ')} FROM flow_log WHERE record_id = ? ORDER BY seq`);
  return {
    append: (entries) => {
      for (const entry of entries) insert.run(...flowLogValues(entry));
    },
    listByRecord: (recordId) => byRecord.all(recordId).map(toFlowLogEntry),
  };
}
