import type { ApprovalNode, OptionalNodeAction } from '../documents/workflow/WorkflowSchema.js';
import { checkNodeEdits } from './checkNodeEdits.js';
import { continueFrom } from './flowInto.js';
import { indexDirectory } from './indexDirectory.js';
import { returnRecord } from './returnRecord.js';
import { settleApproval } from './settleApproval.js';
import { TransitionRefused, type Transition } from './Transition.js';
import type { WorkflowAction } from './WorkflowAction.js';
import { workflowError } from './WorkflowError.js';
import type { WorkflowTask } from './WorkflowInstance.js';

export type TaskAction = Extract<WorkflowAction, { taskId: string }>;

const refuse = (...args: Parameters<typeof workflowError>): never => {
  throw new TransitionRefused(workflowError(...args));
};

/**
 * The task an action names, if this person may act on it now: it exists (404), is theirs — or,
 * for `reassign`, they are an admin — (403), and is open (409). A stranger learns nothing about
 * whether someone else's task is still open.
 */
export function actionableTask(transition: Transition, action: TaskAction): WorkflowTask {
  const task = transition.task(action.taskId);
  if (task === undefined) refuse('unknownTask', 404, { 'zh-CN': '任务不存在', en: 'There is no such task' }, { taskId: action.taskId });
  const found = task as WorkflowTask;
  if (action.type === 'reassign') {
    if (indexDirectory(transition.context.directory).user(action.by)?.admin !== true) {
      refuse('notAdmin', 403, { 'zh-CN': '只有管理员可以转派任务', en: 'Only an administrator can reassign a task' }, { taskId: found.id });
    }
  } else if (found.assignee !== action.by) {
    refuse('notYourTask', 403, { 'zh-CN': '这不是你的任务', en: 'This task is not yours' }, { taskId: found.id });
  }
  const stillPending = action.type === 'reassign' ? found.state === 'open' || found.state === 'waiting' : found.state === 'open';
  if (!stillPending || transition.instance.status !== 'in_progress') {
    refuse('taskClosed', 409, { 'zh-CN': '该任务已处理或已不在待办中', en: 'This task has already been handled or is no longer open' }, { taskId: found.id });
  }
  const wanted = action.type === 'submit' || action.type === 'saveDraft' ? 'submit' : action.type === 'reassign' ? found.kind : 'approve';
  if (found.kind !== wanted) {
    refuse(
      'wrongTaskKind',
      422,
      found.kind === 'submit'
        ? { 'zh-CN': '退回的记录只能重新提交或保存草稿', en: 'A returned record can only be resubmitted or saved as a draft' }
        : { 'zh-CN': '审批任务不能提交或保存草稿', en: 'An approval task cannot be submitted or saved as a draft' },
      { taskId: found.id },
    );
  }
  return found;
}

/** Carries out an action on a task, once `actionableTask` has let it through. */
export function actOnTask(transition: Transition, action: TaskAction, task: WorkflowTask): void {
  const node = transition.node(task.nodeId);
  const visit = transition.visit(task.visitId);
  switch (action.type) {
    case 'saveDraft':
      refuseEdits(transition, task, action.data, false);
      transition.editRecord(action.data);
      transition.addLog('draftSaved', { actor: action.by, nodeId: node.id, taskId: task.id, comment: action.comment });
      return;
    case 'submit':
      refuseEdits(transition, task, action.data, true);
      transition.editRecord(action.data);
      transition.closeTask(task.id, 'submitted', { comment: action.comment });
      transition.instance.actedSinceSubmit = false;
      transition.addLog('resubmitted', { actor: action.by, nodeId: node.id, taskId: task.id, comment: action.comment });
      return continueFrom(transition, visit.id);
    case 'reassign':
      return handOn(transition, task, action.to, 'reassigned', action.by, action.comment);
  }
  if (node.type !== 'approval') throw new Error('approval tasks live on approval nodes');
  switch (action.type) {
    case 'approve':
      requireSignature(node, action.signature);
      refuseEdits(transition, task, action.data, true);
      transition.editRecord(action.data);
      approve(transition, node, task, action.by, action.comment, action.signature);
      return;
    case 'reject':
      requireSignature(node, action.signature);
      transition.closeTask(task.id, 'rejected', { comment: action.comment, signature: action.signature });
      transition.instance.actedSinceSubmit = true;
      transition.addLog('rejected', { actor: action.by, nodeId: node.id, taskId: task.id, comment: action.comment, signature: action.signature });
      // One rejection decides the node, whoever else has or has not acted yet.
      transition.cancelPendingOf(visit.id);
      if (node.onReject === 'returnToStart') return returnRecord(transition, visit, transition.startNode.id, { actor: action.by }, true);
      return transition.stop('rejected');
    case 'return':
      offered(node, 'return');
      return returnRecord(transition, visit, action.target, { actor: action.by, taskId: task.id, comment: action.comment });
    case 'transfer':
      offered(node, 'transfer');
      return handOn(transition, task, action.to, 'transferred', action.by, action.comment);
    case 'addApprover':
      offered(node, 'addApprover');
      return addApprovers(transition, node, task, action);
  }
}

function approve(transition: Transition, node: ApprovalNode, task: WorkflowTask, by: string, comment: string | undefined, signature: string | undefined): void {
  transition.closeTask(task.id, 'approved', { comment, signature });
  transition.instance.actedSinceSubmit = true;
  transition.addLog('approved', { actor: by, nodeId: node.id, taskId: task.id, comment, signature });
  settleApproval(transition, node, task.visitId);
}

function refuseEdits(transition: Transition, task: WorkflowTask, data: Readonly<Record<string, unknown>> | undefined, finishing: boolean): void {
  const fault = checkNodeEdits(transition.node(task.nodeId), data, transition.record, transition.now, finishing);
  if (fault !== undefined) throw new TransitionRefused(fault);
}

function requireSignature(node: ApprovalNode, signature: string | undefined): void {
  if (node.signatureRequired !== true || (signature !== undefined && signature.length > 0)) return;
  refuse('signatureRequired', 422, { 'zh-CN': `“${node.name}”需要手写签名`, en: `"${node.name}" needs a handwritten signature` }, { nodeId: node.id });
}

function offered(node: ApprovalNode, action: OptionalNodeAction): void {
  if (node.actions === undefined || node.actions.includes(action)) return;
  const names = { return: ['退回', 'return'], transfer: ['转交', 'transfer'], addApprover: ['加签', 'add an approver'] } as const;
  refuse(
    'actionNotOffered',
    422,
    { 'zh-CN': `“${node.name}”节点不允许${names[action][0]}`, en: `"${node.name}" does not allow you to ${names[action][1]}` },
    { nodeId: node.id },
  );
}

/** Someone new who may take a task at this visit: an active user without a pending task there. */
function checkNewcomer(transition: Transition, task: WorkflowTask, userId: string): void {
  if (!indexDirectory(transition.context.directory).isActive(userId)) {
    refuse('unknownUser', 422, { 'zh-CN': `用户 ${userId} 不存在或已停用`, en: `The user ${userId} does not exist or is disabled` }, { userId });
  }
  const busy = transition.tasksOf(task.visitId).some((other) => other.assignee === userId && (other.state === 'open' || other.state === 'waiting'));
  if (busy) {
    refuse('alreadyAssigned', 409, { 'zh-CN': `用户 ${userId} 在此节点已有待办`, en: `The user ${userId} already has a task at this node` }, { userId });
  }
}

/** Transfer (by the holder) or reassign (by an admin): the same place in the node, another person. */
function handOn(transition: Transition, task: WorkflowTask, to: string, outcome: 'transferred' | 'reassigned', by: string, comment: string | undefined): void {
  checkNewcomer(transition, task, to);
  const state = task.state;
  transition.closeTask(task.id, outcome, { comment });
  const visit = transition.visit(task.visitId);
  transition.openTask(visit, task.kind, to, { base: task.base, state, ...(task.addedBy === undefined ? {} : { addedBy: task.addedBy }) });
  // Approvers added by the old holder now wait on, or follow, the new holder's task.
  const successor = transition.tasks.at(-1);
  for (const added of transition.tasksOf(task.visitId)) {
    if (added.addedBy?.taskId === task.id && successor !== undefined) transition.updateTask(added.id, { addedBy: { ...added.addedBy, taskId: successor.id } });
  }
  transition.addLog(outcome, { actor: by, nodeId: task.nodeId, taskId: task.id, comment, users: [to] });
}

function addApprovers(transition: Transition, node: ApprovalNode, task: WorkflowTask, action: Extract<TaskAction, { type: 'addApprover' }>): void {
  const users = [...new Set(action.users)];
  if (users.length === 0 || users.includes(action.by)) {
    refuse('unknownUser', 422, { 'zh-CN': '请选择自己以外的加签人', en: 'Choose someone other than yourself to add' }, { taskId: task.id });
  }
  for (const userId of users) checkNewcomer(transition, task, userId);
  const visit = transition.visit(task.visitId);
  const addedBy = { taskId: task.id, position: action.position };
  for (const userId of users) transition.openTask(visit, 'approve', userId, { base: false, addedBy });
  transition.addLog('approverAdded', { actor: action.by, nodeId: node.id, taskId: task.id, comment: action.comment, users });
  if (action.position === 'before') transition.updateTask(task.id, { state: 'waiting' });
  // 后加签: the adder's own approval is given now, and the added approvers follow.
  if (action.position === 'after') approve(transition, node, task, action.by, action.comment, undefined);
}
