import type { FlowStatus, LocalizedText, NoticeKind } from '@formwork/runtime';
import type { FlowNotification, NewFlowNotification } from '../NotificationStore.js';
import { readBigint, readNullableBigint } from '../postgres/stores/readBigint.js';

/** `flow_notifications` as both adapters read it. */
export interface FlowNotificationRow {
  id: string;
  user_id: string;
  kind: string;
  record_id: string;
  form_id: string;
  instance_id: string;
  task_id: string | null;
  node_id: string | null;
  status: string | null;
  message: string | null;
  created_at: number | string;
  read_at: number | string | null;
}

/** The columns written for a new notification, in the order of `flowNotificationValues`. */
export const flowNotificationColumns = ['id', 'user_id', 'kind', 'record_id', 'form_id', 'instance_id', 'task_id', 'node_id', 'status', 'message', 'created_at'] as const;

/** The columns read back. */
export const flowNotificationSelect = 'id, user_id, kind, record_id, form_id, instance_id, task_id, node_id, status, message, created_at, read_at';

export function flowNotificationValues(notification: NewFlowNotification): unknown[] {
  return [
    notification.id,
    notification.userId,
    notification.kind,
    notification.recordId,
    notification.formId,
    notification.instanceId,
    notification.taskId,
    notification.nodeId,
    notification.status,
    notification.message === null ? null : JSON.stringify(notification.message),
    notification.createdAt,
  ];
}

export function toFlowNotification(row: FlowNotificationRow): FlowNotification {
  return {
    id: row.id,
    userId: row.user_id,
    kind: row.kind as NoticeKind,
    recordId: row.record_id,
    formId: row.form_id,
    instanceId: row.instance_id,
    taskId: row.task_id,
    nodeId: row.node_id,
    status: row.status as FlowStatus | null,
    message: row.message === null ? null : (JSON.parse(row.message) as LocalizedText),
    createdAt: readBigint(row.created_at),
    readAt: readNullableBigint(row.read_at),
  };
}

/** Oldest first, ties by id: the order `drainOutbox` hands notifications out in. */
export function byCreation(a: FlowNotification, b: FlowNotification): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
