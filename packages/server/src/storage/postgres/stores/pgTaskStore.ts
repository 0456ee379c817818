import type { InboxBox, InboxItem, TaskStore } from '../../TaskStore.js';
import { flowSummaryColumns, toFlowSummary, type FlowInstanceRow } from '../../flowRows/flowInstanceRow.js';
import { flowTaskColumns, flowTaskValues, toFlowTask, type FlowTaskRow } from '../../flowRows/flowTaskRow.js';
import { inboxCursorOf, inboxTaskSelect, toInboxItem, type InboxTaskRow } from '../../flowRows/inboxTaskRow.js';
import { keysetPage } from '../../flowRows/keysetPage.js';
import type { PgQueryable } from '../PgQueryable.js';
import { insertRows } from './insertRows.js';
import { readBigint } from './readBigint.js';

type SummaryRow = Omit<FlowInstanceRow, 'state' | 'updated_at'>;

const taskColumns = flowTaskColumns.filter((column) => column !== 'box' && column !== 'box_at').join(', ');

/**
 * TaskStore over `flow_tasks` (and `flow_instances` for the initiated box), migration 0004. Each
 * box page is one backward range of `flow_tasks_inbox` (`flow_tasks_inbox_form` with a form
 * filter); the initiated box one of `flow_instances_initiator[_form]`.
 */
export function createPgTaskStore(db: PgQueryable): TaskStore {
  return {
    async put(tasks) {
      // One task twice in one statement would make ON CONFLICT refuse it: the last write of an id wins.
      const latest = [...new Map(tasks.map((task) => [task.id, task])).values()];
      await insertRows(
        db,
        'flow_tasks',
        flowTaskColumns,
        latest.map(flowTaskValues),
        `ON CONFLICT (id) DO UPDATE SET ${flowTaskColumns
          .filter((column) => column !== 'id')
          .map((column) => `${column} = excluded.${column}`)
          .join(', ')}`,
      );
    },
    async findById(id) {
      const { rows } = await db.query<FlowTaskRow>(`SELECT ${taskColumns} FROM flow_tasks WHERE id = $1`, [id]);
      return rows[0] ? toFlowTask(rows[0]) : undefined;
    },
    async listByInstance(instanceId) {
      const { rows } = await db.query<FlowTaskRow>(`SELECT ${taskColumns} FROM flow_tasks WHERE instance_id = $1 ORDER BY opened_at, id`, [instanceId]);
      return rows.map(toFlowTask);
    },
    async hasTaskOnRecord(userId, recordId) {
      const { rowCount } = await db.query('SELECT 1 FROM flow_tasks WHERE record_id = $1 AND assignee_id = $2 LIMIT 1', [recordId, userId]);
      return (rowCount ?? 0) > 0;
    },
    async latestHeldTaskOnRecord(userId, recordId) {
      const { rows } = await db.query<FlowTaskRow>(
        `SELECT ${taskColumns} FROM flow_tasks WHERE record_id = $1 AND assignee_id = $2 AND state <> 'waiting' ORDER BY opened_at DESC, id DESC LIMIT 1`,
        [recordId, userId],
      );
      return rows[0] ? toFlowTask(rows[0]) : undefined;
    },
    async page({ userId, box, formId, cursor, limit }) {
      const values: unknown[] = [userId, limit + 1];
      const where: string[] = [];
      const bind = (value: unknown): string => `$${String(values.push(value))}`;
      if (box === 'initiated') {
        if (formId !== undefined) where.push(`form_id = ${bind(formId)}`);
        if (cursor) where.push(`(started_at, id) < (${bind(cursor.at)}, ${bind(cursor.id)})`);
        const { rows } = await db.query<SummaryRow>(
          `SELECT ${flowSummaryColumns} FROM flow_instances WHERE initiator_id = $1${where.map((condition) => ` AND ${condition}`).join('')}
           ORDER BY started_at DESC, id DESC LIMIT $2`,
          values,
        );
        return keysetPage(rows, limit, (row): InboxItem => ({ task: null, flow: toFlowSummary(row) }), inboxCursorOf);
      }
      where.push(`t.box = ${bind(box)}`);
      if (formId !== undefined) where.push(`t.form_id = ${bind(formId)}`);
      if (cursor) where.push(`(t.box_at, t.id) < (${bind(cursor.at)}, ${bind(cursor.id)})`);
      const { rows } = await db.query<InboxTaskRow>(
        `SELECT ${inboxTaskSelect} FROM flow_tasks t JOIN flow_instances i ON i.id = t.instance_id
         WHERE t.assignee_id = $1${where.map((condition) => ` AND ${condition}`).join('')}
         ORDER BY t.box_at DESC, t.id DESC LIMIT $2`,
        values,
      );
      return keysetPage(rows, limit, toInboxItem, inboxCursorOf);
    },
    async countBoxes(userId, formId) {
      const ofForm = formId === undefined ? '' : ' AND form_id = $2';
      const values = formId === undefined ? [userId] : [userId, formId];
      // `box IN (…)` rather than `box IS NOT NULL`: three equality ranges of the index, so a form
      // filter after it still narrows the range.
      const { rows } = await db.query<{ box: InboxBox; n: number | string }>(
        `SELECT box, count(*) AS n FROM flow_tasks WHERE assignee_id = $1 AND box IN ('todo', 'done', 'cc')${ofForm} GROUP BY box
         UNION ALL SELECT 'initiated', count(*) FROM flow_instances WHERE initiator_id = $1${ofForm}`,
        values,
      );
      const counts: Record<InboxBox, number> = { todo: 0, done: 0, initiated: 0, cc: 0 };
      for (const row of rows) counts[row.box] = readBigint(row.n);
      return counts;
    },
  };
}
