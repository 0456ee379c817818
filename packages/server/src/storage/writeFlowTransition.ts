import type { WorkflowEffects, WorkflowInstance, WorkflowLogEntry, WorkflowNotice, WorkflowTask, WorkflowTimer } from '@formwork/runtime';
import type { FlowLogEntry } from './FlowLogStore.js';
import type { FlowTimer } from './FlowTimerStore.js';
import type { NewFlowNotification } from './NotificationStore.js';
import type { Stores } from './Stores.js';
import type { FlowTask } from './TaskStore.js';

/** One transition as the engine returned it, and what the host adds: who acted, when, and ids. */
export interface FlowTransition {
  /** The engine's next instance (`result.instance`). */
  readonly instance: WorkflowInstance;
  readonly effects: WorkflowEffects;
  /** The revision the transition started from; `null` for a flow just started (`startInstance`). */
  readonly expectedRevision: number | null;
  /** Who acted; null for the system (a timer firing). */
  readonly actor: string | null;
  readonly now: number;
  /** Ids for the rows the engine does not name (notifications, cc copies): `ServerContext.newId`. */
  readonly newId: (prefix: string) => string;
}

/**
 * Writes one workflow transition through `tx`: the instance (compare-and-set on its revision,
 * or created as the record's one live flow), the tasks whose open state changed, the log
 * entries, the timers set and cleared, a notification per notice and recipient, and a `cc` copy
 * in each cc recipient's inbox. False, with nothing written, when the instance lost the race
 * (someone else's transition came first, or the record already has a live flow): answer 409.
 *
 * Call it inside `stores.transaction`, with the record's own writes (`effects.recordUpdate`,
 * `applyChange`, and its flow state if the record keeps one) in the same transaction: a throw
 * rolls all of it back.
 *
 * @example
 * const result = advanceWorkflow(stored.instance, action, context);
 * if (!result.ok) throw workflowRefused(result.error);
 * const written = await writeFlowTransition(tx, { ...result, expectedRevision: stored.instance.revision, actor: user.id, now, newId });
 * if (!written) throw staleFlow();
 */
export async function writeFlowTransition(tx: Stores, transition: FlowTransition): Promise<boolean> {
  const { instance, effects, expectedRevision, now } = transition;
  const written =
    expectedRevision === null
      ? await tx.flowInstances.create(instance, effects.flowState, now)
      : await tx.flowInstances.save(instance, effects.flowState, expectedRevision, now);
  if (!written) return false;
  await tx.tasks.put([...effects.openTasks, ...effects.closeTasks].map((task) => flowTaskOf(instance, task, transition.actor)));
  await tx.flowLog.append(effects.log.map((entry) => flowLogEntryOf(instance, entry)));
  await tx.flowTimers.clear(effects.clearTimers);
  await tx.flowTimers.set(effects.setTimers.map((timer) => flowTimerOf(instance, timer)));
  const copies = effects.notices.filter((notice) => notice.kind === 'cc').flatMap((notice) => notice.to.map((to) => ccCopyOf(instance, notice, to, transition)));
  await tx.tasks.put(copies);
  await tx.notifications.add(effects.notices.flatMap((notice) => notice.to.map((to) => notificationOf(instance, notice, to, transition))));
  return true;
}

/** An engine task as the inbox keeps it. A cancelled task was closed by nobody in particular. */
function flowTaskOf(instance: WorkflowInstance, task: WorkflowTask, actor: string | null): FlowTask {
  const closed = task.state === 'done' || task.state === 'cancelled';
  return {
    id: task.id,
    instanceId: instance.id,
    recordId: instance.recordId,
    formId: instance.formId,
    nodeId: task.nodeId,
    kind: task.kind,
    assignee: task.assignee,
    state: task.state,
    outcome: task.outcome ?? null,
    openedAt: task.openedAt,
    closedAt: closed ? (task.closedAt ?? null) : null,
    closedBy: task.state === 'done' ? actor : null,
  };
}

function flowLogEntryOf(instance: WorkflowInstance, entry: WorkflowLogEntry): FlowLogEntry {
  return {
    instanceId: instance.id,
    recordId: instance.recordId,
    seq: entry.seq,
    at: entry.at,
    action: entry.action,
    actor: entry.actor ?? null,
    nodeId: entry.nodeId ?? null,
    taskId: entry.taskId ?? null,
    comment: entry.comment ?? null,
    signatureFileId: entry.signature ?? null,
    users: entry.users ?? [],
    targetNodeId: entry.targetNodeId ?? null,
    reason: entry.reason ?? null,
  };
}

function flowTimerOf(instance: WorkflowInstance, timer: WorkflowTimer): FlowTimer {
  return { id: timer.id, instanceId: instance.id, recordId: instance.recordId, visitId: timer.visitId, nodeId: timer.nodeId, kind: timer.kind, dueAt: timer.dueAt };
}

/** A cc notice in the recipient's inbox: open until they read it. */
function ccCopyOf(instance: WorkflowInstance, notice: WorkflowNotice, to: string, transition: FlowTransition): FlowTask {
  return {
    id: transition.newId('tsk'),
    instanceId: instance.id,
    recordId: instance.recordId,
    formId: instance.formId,
    nodeId: notice.nodeId ?? '',
    kind: 'cc',
    assignee: to,
    state: 'open',
    outcome: null,
    openedAt: transition.now,
    closedAt: null,
    closedBy: null,
  };
}

function notificationOf(instance: WorkflowInstance, notice: WorkflowNotice, to: string, transition: FlowTransition): NewFlowNotification {
  return {
    id: transition.newId('ntf'),
    userId: to,
    kind: notice.kind,
    recordId: instance.recordId,
    formId: instance.formId,
    instanceId: instance.id,
    taskId: notice.taskId ?? null,
    nodeId: notice.nodeId ?? null,
    status: notice.status ?? null,
    message: notice.message ?? null,
    createdAt: transition.now,
  };
}
