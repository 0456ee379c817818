import type { TaskOutcome } from '@formwork/runtime';
import type { FlowTask, FlowTaskKind, InboxBox } from '../TaskStore.js';
import { readBigint, readNullableBigint } from '../postgres/stores/readBigint.js';

/** `flow_tasks` as both adapters read it. */
export interface FlowTaskRow {
  id: string;
  instance_id: string;
  record_id: string;
  form_id: string;
  node_id: string;
  kind: string;
  assignee_id: string;
  state: string;
  outcome: string | null;
  opened_at: number | string;
  closed_at: number | string | null;
  closed_by: string | null;
}

/** The columns written for a task, in the order of `flowTaskValues`. */
export const flowTaskColumns = [
  'id',
  'instance_id',
  'record_id',
  'form_id',
  'node_id',
  'kind',
  'assignee_id',
  'state',
  'outcome',
  'opened_at',
  'closed_at',
  'closed_by',
  'box',
  'box_at',
] as const;

/** Which box a task is in, and its time there (the table's CHECKs hold the same rule). */
export function boxOf(task: FlowTask): { box: Exclude<InboxBox, 'initiated'> | null; at: number | null } {
  if (task.kind === 'cc') return { box: 'cc', at: task.openedAt };
  if (task.state === 'open') return { box: 'todo', at: task.openedAt };
  if (task.state === 'done') return { box: 'done', at: task.closedAt };
  return { box: null, at: null };
}

export function flowTaskValues(task: FlowTask): unknown[] {
  const { box, at } = boxOf(task);
  return [
    task.id,
    task.instanceId,
    task.recordId,
    task.formId,
    task.nodeId,
    task.kind,
    task.assignee,
    task.state,
    task.outcome,
    task.openedAt,
    task.closedAt,
    task.closedBy,
    box,
    at,
  ];
}

export function toFlowTask(row: FlowTaskRow): FlowTask {
  return {
    id: row.id,
    instanceId: row.instance_id,
    recordId: row.record_id,
    formId: row.form_id,
    nodeId: row.node_id,
    kind: row.kind as FlowTaskKind,
    assignee: row.assignee_id,
    state: row.state as FlowTask['state'],
    outcome: row.outcome as TaskOutcome | null,
    openedAt: readBigint(row.opened_at),
    closedAt: readNullableBigint(row.closed_at),
    closedBy: row.closed_by,
  };
}
