import type { WorkflowEdge } from '@formwork/runtime';
import { fillText } from '../../i18n/fillText.js';
import { workflowMessages as m } from '../../i18n/workflowMessages.js';
import { buildWorkflowTree } from '../buildWorkflowTree.js';
import { locateBlock } from '../locateBlock.js';
import type { WorkflowCommandContext, WorkflowEdit } from '../WorkflowEdit.js';

/**
 * Adds a branch to the block a condition node or parallel fork opens: an empty condition branch
 * (placed before the default one, which stays last and the only default), or a parallel branch
 * with one approval. Answers the new branch's edge id.
 */
export function addBranch(context: WorkflowCommandContext, gatewayId: string): WorkflowEdit {
  const { workflow, locale, createId } = context;
  const tree = buildWorkflowTree(workflow);
  if (!tree) return { ok: false, reason: m.notInChain };
  const block = locateBlock(tree, gatewayId);
  if (!block) return { ok: false, reason: fillText(m.nodeNotFound, { id: gatewayId }) };
  if (block.gateway.type === 'condition') {
    const edge: WorkflowEdge = { id: createId('e'), from: gatewayId, to: block.merge, name: fillText(m.branchName, { n: block.branches.filter((branch) => branch.edge.default !== true).length + 1 })[locale] };
    const firstDefault = workflow.edges.findIndex((candidate) => candidate.from === gatewayId && candidate.default === true);
    const edges = firstDefault < 0 ? [...workflow.edges, edge] : [...workflow.edges.slice(0, firstDefault), edge, ...workflow.edges.slice(firstDefault)];
    return { ok: true, id: edge.id, workflow: { ...workflow, edges } };
  }
  const node = { id: createId('n'), type: 'approval' as const, name: m.approvalName[locale], assignees: [{ kind: 'managerChain' as const, levels: 1 }], mode: 'any' as const };
  const edge: WorkflowEdge = { id: createId('e'), from: gatewayId, to: node.id };
  return {
    ok: true,
    id: edge.id,
    selectedId: node.id,
    workflow: { ...workflow, nodes: [...workflow.nodes, node], edges: [...workflow.edges, edge, { id: createId('e'), from: node.id, to: block.merge }] },
  };
}
