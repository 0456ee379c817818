import type { LocalizedText, LogAction } from '@formwork/runtime';
import type { FlowLogEntry } from '../FlowLogStore.js';
import { readBigint } from '../postgres/stores/readBigint.js';

/** `flow_log` as both adapters read it. */
export interface FlowLogRow {
  instance_id: string;
  record_id: string;
  entry_seq: number | string;
  at: number | string;
  action: string;
  actor_id: string | null;
  node_id: string | null;
  task_id: string | null;
  comment: string | null;
  signature_file_id: string | null;
  users: string;
  target_node_id: string | null;
  reason: string | null;
}

/** The columns written for an entry (`seq` is the database's), in the order of `flowLogValues`. */
export const flowLogColumns = [
  'instance_id',
  'record_id',
  'entry_seq',
  'at',
  'action',
  'actor_id',
  'node_id',
  'task_id',
  'comment',
  'signature_file_id',
  'users',
  'target_node_id',
  'reason',
] as const;

export function flowLogValues(entry: FlowLogEntry): unknown[] {
  return [
    entry.instanceId,
    entry.recordId,
    entry.seq,
    entry.at,
    entry.action,
    entry.actor,
    entry.nodeId,
    entry.taskId,
    entry.comment,
    entry.signatureFileId,
    JSON.stringify(entry.users),
    entry.targetNodeId,
    entry.reason === null ? null : JSON.stringify(entry.reason),
  ];
}

export function toFlowLogEntry(row: FlowLogRow): FlowLogEntry {
  return {
    instanceId: row.instance_id,
    recordId: row.record_id,
    seq: readBigint(row.entry_seq),
    at: readBigint(row.at),
    action: row.action as LogAction,
    actor: row.actor_id,
    nodeId: row.node_id,
    taskId: row.task_id,
    comment: row.comment,
    signatureFileId: row.signature_file_id,
    users: JSON.parse(row.users) as string[],
    targetNodeId: row.target_node_id,
    reason: row.reason === null ? null : (JSON.parse(row.reason) as LocalizedText),
  };
}
