import type { InboxCursor, InboxItem } from '../TaskStore.js';
import { toFlowSummary } from './flowInstanceRow.js';
import { boxOf, toFlowTask, type FlowTaskRow } from './flowTaskRow.js';

/** A task row joined with its instance (`flow_tasks t JOIN flow_instances i`), as the inbox reads it. */
export interface InboxTaskRow extends FlowTaskRow {
  flow_initiator_id: string;
  flow_workflow_version: number | string;
  flow_status: string;
  flow_state: string;
  flow_started_at: number | string;
  flow_finished_at: number | string | null;
}

/** The select list for `InboxTaskRow`. */
export const inboxTaskSelect = `t.id, t.instance_id, t.record_id, t.form_id, t.node_id, t.kind, t.assignee_id, t.state, t.outcome,
  t.opened_at, t.closed_at, t.closed_by, i.initiator_id AS flow_initiator_id, i.workflow_version AS flow_workflow_version, i.status AS flow_status, i.flow_state AS flow_state,
  i.started_at AS flow_started_at, i.finished_at AS flow_finished_at`;

export function toInboxItem(row: InboxTaskRow): InboxItem {
  return {
    task: toFlowTask(row),
    flow: toFlowSummary({
      id: row.instance_id,
      record_id: row.record_id,
      form_id: row.form_id,
      workflow_version: row.flow_workflow_version,
      initiator_id: row.flow_initiator_id,
      status: row.flow_status,
      flow_state: row.flow_state,
      started_at: row.flow_started_at,
      finished_at: row.flow_finished_at,
    }),
  };
}

/** Where the page after `item` starts: its time in its box (the task's, or the flow's start) and id. */
export function inboxCursorOf(item: InboxItem): InboxCursor {
  if (item.task === null) return { at: item.flow.startedAt, id: item.flow.id };
  return { at: boxOf(item.task).at ?? 0, id: item.task.id };
}
