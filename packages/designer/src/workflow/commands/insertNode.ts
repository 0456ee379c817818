import type { WorkflowEdge, WorkflowNode } from '@formwork/runtime';
import { fillText } from '../../i18n/fillText.js';
import { workflowMessages as m } from '../../i18n/workflowMessages.js';
import type { WorkflowCommandContext, WorkflowEdit } from '../WorkflowEdit.js';
import type { InsertionPoint } from '../WorkflowTree.js';

/** The kinds of node the palette adds: a condition or parallel block comes with its branches. */
export type InsertableNode = 'approval' | 'cc' | 'condition' | 'parallel';

/**
 * Puts a new node (or a block of branches) where `at` points: the edges of `at` now end at the new
 * node, which leads on to the node they ended at. A condition block gets a first branch and the
 * default branch (both empty); a parallel block two branches with an approval each.
 *
 * @example
 * insertNode(context, { edgeIds: ['e_1'] }, 'approval') // start → (new approval) → end
 */
export function insertNode(context: WorkflowCommandContext, at: InsertionPoint, type: InsertableNode): WorkflowEdit {
  const { workflow, locale, createId } = context;
  const edges = at.edgeIds.map((id) => workflow.edges.find((edge) => edge.id === id));
  const target = edges[0]?.to;
  if (target === undefined || edges.some((edge) => edge === undefined || edge.to !== target)) return { ok: false, reason: m.insertionNotFound };
  const retarget = (entry: string): WorkflowEdge[] => workflow.edges.map((edge) => (at.edgeIds.includes(edge.id) ? { ...edge, to: entry } : edge));
  const approval = (): WorkflowNode => ({ id: createId('n'), type: 'approval', name: m.approvalName[locale], assignees: [{ kind: 'managerChain', levels: 1 }], mode: 'any' });
  const edge = (from: string, to: string, extra: Partial<WorkflowEdge> = {}): WorkflowEdge => ({ id: createId('e'), from, to, ...extra });

  switch (type) {
    case 'approval':
    case 'cc': {
      const node: WorkflowNode = type === 'approval' ? approval() : { id: createId('n'), type: 'cc', name: m.ccName[locale], recipients: [{ kind: 'initiator' }] };
      return { ok: true, id: node.id, selectedId: node.id, workflow: { ...workflow, nodes: [...workflow.nodes, node], edges: [...retarget(node.id), edge(node.id, target)] } };
    }
    case 'condition': {
      const node: WorkflowNode = { id: createId('n'), type: 'condition', name: m.conditionName[locale] };
      const branches = [edge(node.id, target, { name: fillText(m.branchName, { n: 1 })[locale] }), edge(node.id, target, { name: m.defaultBranchName[locale], default: true })];
      return { ok: true, id: node.id, selectedId: node.id, workflow: { ...workflow, nodes: [...workflow.nodes, node], edges: [...retarget(node.id), ...branches] } };
    }
    case 'parallel': {
      const fork: WorkflowNode = { id: createId('n'), type: 'parallel', gateway: 'fork', name: m.forkName[locale] };
      const join: WorkflowNode = { id: createId('n'), type: 'parallel', gateway: 'join', name: m.joinName[locale] };
      const left = approval();
      const right = approval();
      const added = [edge(fork.id, left.id), edge(left.id, join.id), edge(fork.id, right.id), edge(right.id, join.id), edge(join.id, target)];
      return { ok: true, id: fork.id, selectedId: fork.id, workflow: { ...workflow, nodes: [...workflow.nodes, fork, left, right, join], edges: [...retarget(fork.id), ...added] } };
    }
  }
}
