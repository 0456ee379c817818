import type { WorkflowSchema } from '../documents/workflow/WorkflowSchema.js';
import type { FlowState } from './WorkflowEffects.js';
import type { FlowStatus, NodeVisit, WorkflowInstance, WorkflowTask } from './WorkflowInstance.js';

/**
 * Where a record is now: its status, the nodes with open work and who holds it.
 *
 * @example
 * flowStateOf(instance, schema) // { status: 'in_progress', nodes: [{ id: 'n_manager', name: '主管审批' }], assignees: ['u_manager'] }
 */
export function flowStateOf(instance: WorkflowInstance, schema: WorkflowSchema): FlowState {
  return flowStateOfParts(instance.status, instance.visits, instance.tasks, schema);
}

export function flowStateOfParts(status: FlowStatus, visits: readonly NodeVisit[], tasks: readonly WorkflowTask[], schema: WorkflowSchema): FlowState {
  const open = tasks.filter((task) => task.state === 'open');
  const busy = new Set(open.map((task) => task.visitId));
  const nodes: { id: string; name: string }[] = [];
  for (const visit of visits) {
    if (visit.state !== 'active' || !busy.has(visit.id) || nodes.some((node) => node.id === visit.nodeId)) continue;
    nodes.push({ id: visit.nodeId, name: schema.nodes.find((node) => node.id === visit.nodeId)?.name ?? visit.nodeId });
  }
  return { status, nodes, assignees: [...new Set(open.map((task) => task.assignee))] };
}
