import type { InboxBox, InboxItem, TaskStore } from '../../TaskStore.js';
import { flowSummaryColumns, toFlowSummary, type FlowInstanceRow } from '../../flowRows/flowInstanceRow.js';
import { flowTaskColumns, flowTaskValues, toFlowTask, type FlowTaskRow } from '../../flowRows/flowTaskRow.js';
import { inboxCursorOf, inboxTaskSelect, toInboxItem, type InboxTaskRow } from '../../flowRows/inboxTaskRow.js';
import { keysetPage, placeholders } from '../../flowRows/keysetPage.js';
import type { SqliteDatabase } from '../openDatabase.js';
import type { Synchronous } from '../Synchronous.js';

type SummaryRow = Omit<FlowInstanceRow, 'state' | 'updated_at'>;

const taskColumns = flowTaskColumns.filter((column) => column !== 'box' && column !== 'box_at').join(', ');

/**
 * TaskStore over `flow_tasks` (and `flow_instances` for the initiated box), migration 0011. Each
 * box page is one range of `flow_tasks_inbox` (`flow_tasks_inbox_form` with a form filter) read
 * backwards from the cursor; the initiated box one of `flow_instances_initiator[_form]`.
 */
export function createSqliteTaskStore(db: SqliteDatabase): Synchronous<TaskStore> {
  const upsert = db.prepare(
    `INSERT INTO flow_tasks (${flowTaskColumns.join(', ')}) VALUES (${placeholders(flowTaskColumns.length, 'sqlite')})
     ON CONFLICT (id) DO UPDATE SET ${flowTaskColumns
       .filter((column) => column !== 'id')
       .map((column) => `${column} = excluded.${column}`)
       .join(', ')}`,
  );
  const byId = db.prepare<[string], FlowTaskRow>(`SELECT ${taskColumns} FROM flow_tasks WHERE id = ?`);
  const byInstance = db.prepare<[string], FlowTaskRow>(`SELECT ${taskColumns} FROM flow_tasks WHERE instance_id = ? ORDER BY opened_at, id`);
  const onRecord = db.prepare<[string, string], number>('SELECT 1 FROM flow_tasks WHERE record_id = ? AND assignee_id = ? LIMIT 1').pluck();
  const heldOnRecord = db.prepare<[string, string], FlowTaskRow>(
    `SELECT ${taskColumns} FROM flow_tasks WHERE record_id = ? AND assignee_id = ? AND state <> 'waiting' ORDER BY opened_at DESC, id DESC LIMIT 1`,
  );
  // `box IN (…)` rather than `box IS NOT NULL`: three equality ranges of the index, so a form
  // filter after it still narrows the range.
  const countSql = (ofForm: boolean) =>
    `SELECT box, count(*) AS n FROM flow_tasks WHERE assignee_id = ? AND box IN ('todo', 'done', 'cc')${ofForm ? ' AND form_id = ?' : ''} GROUP BY box`;
  const boxCounts = db.prepare<[string], { box: InboxBox; n: number }>(countSql(false));
  const boxCountsOfForm = db.prepare<[string, string], { box: InboxBox; n: number }>(countSql(true));
  const initiatedCount = db.prepare<[string], number>('SELECT count(*) FROM flow_instances WHERE initiator_id = ?').pluck();
  const initiatedCountOfForm = db.prepare<[string, string], number>('SELECT count(*) FROM flow_instances WHERE initiator_id = ? AND form_id = ?').pluck();

  // One statement per shape: with or without a form filter, first page or after a cursor.
  const taskPageSql = (ofForm: boolean, after: boolean) =>
    `SELECT ${inboxTaskSelect} FROM flow_tasks t JOIN flow_instances i ON i.id = t.instance_id
     WHERE t.assignee_id = ? AND t.box = ?${ofForm ? ' AND t.form_id = ?' : ''}${after ? ' AND (t.box_at, t.id) < (?, ?)' : ''}
     ORDER BY t.box_at DESC, t.id DESC LIMIT ?`;
  const initiatedPageSql = (ofForm: boolean, after: boolean) =>
    `SELECT ${flowSummaryColumns} FROM flow_instances
     WHERE initiator_id = ?${ofForm ? ' AND form_id = ?' : ''}${after ? ' AND (started_at, id) < (?, ?)' : ''}
     ORDER BY started_at DESC, id DESC LIMIT ?`;
  const shapes = [false, true].flatMap((ofForm) => [false, true].map((after) => ({ ofForm, after })));
  const taskPages = new Map(shapes.map(({ ofForm, after }) => [`${String(ofForm)}:${String(after)}`, db.prepare<unknown[], InboxTaskRow>(taskPageSql(ofForm, after))]));
  const initiatedPages = new Map(shapes.map(({ ofForm, after }) => [`${String(ofForm)}:${String(after)}`, db.prepare<unknown[], SummaryRow>(initiatedPageSql(ofForm, after))]));

  return {
    put: (tasks) => {
      for (const task of tasks) upsert.run(...flowTaskValues(task));
    },
    findById: (id) => {
      const row = byId.get(id);
      return row ? toFlowTask(row) : undefined;
    },
    listByInstance: (instanceId) => byInstance.all(instanceId).map(toFlowTask),
    hasTaskOnRecord: (userId, recordId) => onRecord.get(recordId, userId) !== undefined,
    latestHeldTaskOnRecord: (userId, recordId) => {
      const row = heldOnRecord.get(recordId, userId);
      return row ? toFlowTask(row) : undefined;
    },
    page: ({ userId, box, formId, cursor, limit }) => {
      const shape = `${String(formId !== undefined)}:${String(cursor !== undefined)}`;
      const filters = [...(formId === undefined ? [] : [formId]), ...(cursor ? [cursor.at, cursor.id] : [])];
      if (box === 'initiated') {
        const rows = initiatedPages.get(shape)?.all(userId, ...filters, limit + 1) ?? [];
        return keysetPage(rows, limit, (row): InboxItem => ({ task: null, flow: toFlowSummary(row) }), inboxCursorOf);
      }
      const rows = taskPages.get(shape)?.all(userId, box, ...filters, limit + 1) ?? [];
      return keysetPage(rows, limit, toInboxItem, inboxCursorOf);
    },
    countBoxes: (userId, formId) => {
      const counts: Record<InboxBox, number> = { todo: 0, done: 0, initiated: 0, cc: 0 };
      for (const row of formId === undefined ? boxCounts.all(userId) : boxCountsOfForm.all(userId, formId)) counts[row.box] = row.n;
      counts.initiated = (formId === undefined ? initiatedCount.get(userId) : initiatedCountOfForm.get(userId, formId)) ?? 0;
      return counts;
    },
  };
}
