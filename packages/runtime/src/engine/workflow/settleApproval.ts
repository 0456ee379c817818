import type { ApprovalNode } from '../documents/workflow/WorkflowSchema.js';
import { continueFrom } from './flowInto.js';
import type { Transition } from './Transition.js';
import type { WorkflowTask } from './WorkflowInstance.js';

const pending = (task: WorkflowTask): boolean => task.state === 'open' || task.state === 'waiting';

/**
 * After an approval at a visit: reopens a task whose "before" approvers have all approved, asks
 * the next person of a sequence, and closes the visit and moves the flow on when the node is
 * decided. 或签: one base approval decides, once the approvers its holder added have approved too;
 * the others' tasks are cancelled. 会签 and 依次: every task must be approved.
 */
export function settleApproval(transition: Transition, node: ApprovalNode, visitId: string): void {
  let visit = transition.visit(visitId);
  if (visit.state !== 'active') return;
  reopenWaiting(transition, visitId);
  const tasks = transition.tasksOf(visitId).filter((task) => task.state !== 'cancelled');
  if (node.mode === 'any') {
    const deciding = tasks.find((task) => task.base && task.outcome === 'approved' && !tasks.some((other) => other.addedBy?.taskId === task.id && pending(other)));
    if (deciding !== undefined) continueFrom(transition, visit.id);
    return;
  }
  if (tasks.some(pending)) return;
  const [next, ...rest] = visit.queue ?? [];
  if (next !== undefined) {
    visit = transition.updateVisit(visitId, { queue: rest });
    transition.openTask(visit, 'approve', next);
    transition.addLog('arrived', { nodeId: node.id, users: [next] });
    return;
  }
  continueFrom(transition, visit.id);
}

function reopenWaiting(transition: Transition, visitId: string): void {
  const tasks = transition.tasksOf(visitId);
  for (const task of tasks) {
    if (task.state !== 'waiting') continue;
    const before = tasks.filter((other) => other.addedBy?.taskId === task.id && other.addedBy.position === 'before');
    if (before.every((other) => other.outcome === 'approved')) transition.updateTask(task.id, { state: 'open' });
  }
}
