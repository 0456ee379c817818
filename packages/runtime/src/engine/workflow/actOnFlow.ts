import { continueFrom, flowInto } from './flowInto.js';
import { indexDirectory } from './indexDirectory.js';
import { returnRecord } from './returnRecord.js';
import { TransitionRefused, type Transition } from './Transition.js';
import type { WorkflowAction } from './WorkflowAction.js';
import { workflowError } from './WorkflowError.js';

export type FlowAction = Exclude<WorkflowAction, { taskId: string }>;

const hour = 3_600_000;

const refuse = (...args: Parameters<typeof workflowError>): never => {
  throw new TransitionRefused(workflowError(...args));
};

function requireRunning(transition: Transition): void {
  if (transition.instance.status !== 'in_progress') {
    refuse('flowFinished', 409, { 'zh-CN': '流程已结束', en: 'The flow has already finished' });
  }
}

function requireAdmin(transition: Transition, by: string): void {
  if (indexDirectory(transition.context.directory).user(by)?.admin !== true) {
    refuse('notAdmin', 403, { 'zh-CN': '只有管理员可以这样做', en: 'Only an administrator can do this' }, { userId: by });
  }
}

/** Actions on the flow as a whole: the initiator's withdraw and urge, an admin's end and reactivate, timers. */
export function actOnFlow(transition: Transition, action: FlowAction): void {
  switch (action.type) {
    case 'withdraw':
      return withdraw(transition, action.by, action.comment);
    case 'urge': {
      requireRunning(transition);
      if (action.by !== transition.instance.initiator) requireAdmin(transition, action.by);
      const open = transition.pendingTasks().filter((task) => task.state === 'open');
      requireUrgeDue(transition, action.by, open);
      const holders = [...new Set(open.map((task) => task.assignee))];
      transition.notify({ kind: 'urge', to: holders });
      transition.addLog('urged', { actor: action.by, comment: action.comment, users: holders });
      return;
    }
    case 'end':
      requireAdmin(transition, action.by);
      requireRunning(transition);
      transition.addLog('ended', { actor: action.by, comment: action.comment });
      return transition.stop('ended');
    case 'reactivate':
      return reactivate(transition, action.by, action.nodeId, action.comment);
    case 'timerFired':
      return fireTimer(transition, action.timerId);
  }
}

/** How long a person waits before urging the same open tasks again: each urge notifies every holder. */
export const urgeCooldownMs = 10 * 60_000;

/**
 * Refuses (429) an urge by `by` within `urgeCooldownMs` of their last one, unless a task opened since
 * or someone holds one who was not urged then (the record moved on to people not urged yet).
 */
function requireUrgeDue(transition: Transition, by: string, open: readonly { readonly assignee: string; readonly openedAt: number }[]): void {
  const last = transition.fullLog().findLast((entry) => entry.action === 'urged' && entry.actor === by);
  const urged = new Set(last?.users ?? []);
  if (!last || open.some((task) => !urged.has(task.assignee) || task.openedAt > last.at)) return;
  const waitMs = last.at + urgeCooldownMs - transition.now;
  if (waitMs <= 0) return;
  const minutes = Math.ceil(waitMs / 60_000);
  refuse('urgedRecently', 429, { 'zh-CN': `刚催办过，${String(minutes)} 分钟后可再次催办`, en: `Already urged; you can urge again in ${String(minutes)} min` });
}

function withdraw(transition: Transition, by: string, comment: string | undefined): void {
  if (by !== transition.instance.initiator) {
    refuse('notInitiator', 403, { 'zh-CN': '只有发起人可以撤回', en: 'Only the initiator can withdraw the record' }, { userId: by });
  }
  requireRunning(transition);
  const policy = transition.schema.settings?.withdraw ?? 'untilActed';
  if (policy === 'never') {
    refuse('withdrawNotAllowed', 403, { 'zh-CN': '此流程不允许撤回', en: 'This workflow does not allow withdrawing' });
  }
  if (policy === 'untilActed' && transition.instance.actedSinceSubmit) {
    refuse('withdrawNotAllowed', 409, { 'zh-CN': '已有审批人处理，不能再撤回', en: 'An approver has already acted, so the record can no longer be withdrawn' });
  }
  transition.addLog('withdrawn', { actor: by, comment });
  transition.stop('withdrawn');
}

function reactivate(transition: Transition, by: string, nodeId: string | undefined, comment: string | undefined): void {
  requireAdmin(transition, by);
  if (transition.instance.status === 'in_progress') {
    refuse('flowNotFinished', 409, { 'zh-CN': '流程仍在进行中', en: 'The flow is still running' });
  }
  const resumable = (id: string): boolean => transition.hasNode(id) && ['start', 'approval'].includes(transition.node(id).type);
  const targets = nodeId !== undefined ? [nodeId] : (transition.instance.stoppedAt ?? []).filter(resumable);
  if (nodeId !== undefined && !resumable(nodeId)) {
    refuse('unknownNode', 422, { 'zh-CN': `不能在节点 ${nodeId} 重新激活`, en: `The flow cannot be reactivated at ${nodeId}` }, { nodeId });
  }
  const at = targets.length > 0 ? targets : [transition.startNode.id];
  transition.instance.status = 'in_progress';
  delete transition.instance.finishedAt;
  delete transition.instance.stoppedAt;
  transition.instance.epoch += 1;
  transition.instance.actedSinceSubmit = true;
  transition.addLog('reactivated', { actor: by, comment, targetNodeId: at[0] });
  // A parallel branch reactivated alone runs on without its siblings: its join passes it straight on.
  flowInto(transition, at.map((id) => ({ nodeId: id, scope: [] })));
}

function fireTimer(transition: Transition, timerId: string): void {
  const timer = transition.timers.find((candidate) => candidate.id === timerId);
  if (timer === undefined) {
    return refuse('unknownTimer', 409, { 'zh-CN': '该定时任务已不存在', en: 'This timer is no longer pending' });
  }
  transition.clearTimer(timer.id);
  const visit = transition.visit(timer.visitId);
  const node = transition.node(timer.nodeId);
  const open = transition.tasksOf(visit.id).filter((task) => task.state === 'open');
  switch (timer.kind) {
    case 'remind': {
      const holders = open.map((task) => task.assignee);
      transition.notify({ kind: 'remind', to: holders, nodeId: node.id });
      transition.addLog('reminded', { nodeId: node.id, users: holders });
      const every = node.type === 'approval' ? node.due?.repeatHours : undefined;
      if (every !== undefined) {
        // After downtime, catch up with one reminder rather than a burst of them.
        let dueAt = timer.dueAt + every * hour;
        while (dueAt <= transition.now) dueAt += every * hour;
        transition.setTimer({ visitId: visit.id, nodeId: node.id, kind: 'remind', dueAt });
      }
      return;
    }
    case 'autoApprove':
      for (const task of transition.tasksOf(visit.id)) {
        if (task.state === 'open' || task.state === 'waiting') transition.closeTask(task.id, 'autoApproved');
      }
      transition.updateVisit(visit.id, { queue: [] });
      transition.addLog('autoApproved', { nodeId: node.id, reason: { 'zh-CN': '超时自动同意', en: 'Approved automatically when overdue' } });
      return continueFrom(transition, visit.id);
    case 'autoReturn':
      return returnRecord(transition, visit, transition.startNode.id, { automatic: true }, true);
  }
}
