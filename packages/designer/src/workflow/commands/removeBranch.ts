import { fillText } from '../../i18n/fillText.js';
import { workflowMessages as m } from '../../i18n/workflowMessages.js';
import { buildWorkflowTree } from '../buildWorkflowTree.js';
import { locateBlock, nodeIdsOf } from '../locateBlock.js';
import type { WorkflowCommandContext, WorkflowEdit } from '../WorkflowEdit.js';

/** Removes one branch (its edge and every node along it) from a block of three or more; never the default branch. */
export function removeBranch(context: WorkflowCommandContext, edgeId: string): WorkflowEdit {
  const { workflow } = context;
  const edge = workflow.edges.find((candidate) => candidate.id === edgeId);
  if (!edge) return { ok: false, reason: fillText(m.branchNotFound, { id: edgeId }) };
  const tree = buildWorkflowTree(workflow);
  if (!tree) return { ok: false, reason: m.notInChain };
  const block = locateBlock(tree, edge.from);
  const branch = block?.branches.find((candidate) => candidate.edge.id === edgeId);
  if (!block || !branch) return { ok: false, reason: fillText(m.branchNotFound, { id: edgeId }) };
  if (edge.default === true) return { ok: false, reason: m.keepDefaultBranch };
  if (block.branches.length <= 2) return { ok: false, reason: fillText(m.keepTwoBranches, { name: block.gateway.name }) };
  const removed = new Set(nodeIdsOf(branch.items));
  return {
    ok: true,
    selectedId: null,
    workflow: {
      ...workflow,
      nodes: workflow.nodes.filter((node) => !removed.has(node.id)),
      edges: workflow.edges.filter((candidate) => candidate.id !== edgeId && !removed.has(candidate.from) && !removed.has(candidate.to)),
    },
  };
}
