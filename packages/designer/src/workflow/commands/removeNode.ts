import { fillText } from '../../i18n/fillText.js';
import { workflowMessages as m } from '../../i18n/workflowMessages.js';
import { buildWorkflowTree } from '../buildWorkflowTree.js';
import { locateBlock, nodeIdsOf } from '../locateBlock.js';
import type { WorkflowCommandContext, WorkflowEdit } from '../WorkflowEdit.js';

/**
 * Removes a node and joins what came before it to what came after. A condition node or a parallel
 * fork goes with its whole block (every branch and the join): the flow runs on from where the
 * branches rejoined. The start and end nodes stay.
 */
export function removeNode(context: WorkflowCommandContext, nodeId: string): WorkflowEdit {
  const { workflow } = context;
  const node = workflow.nodes.find((candidate) => candidate.id === nodeId);
  if (!node) return { ok: false, reason: fillText(m.nodeNotFound, { id: nodeId }) };
  if (node.type === 'start' || node.type === 'end') return { ok: false, reason: m.keepStartEnd };
  const tree = buildWorkflowTree(workflow);
  if (!tree) return { ok: false, reason: m.notInChain };

  let removed: Set<string>;
  let next: string | undefined;
  if (node.type === 'condition' || node.type === 'parallel') {
    const block = locateBlock(tree, nodeId);
    if (!block) return { ok: false, reason: fillText(m.nodeNotFound, { id: nodeId }) };
    removed = new Set(nodeIdsOf([block]));
    next = block.join ? workflow.edges.find((edge) => edge.from === block.merge)?.to : block.merge;
  } else {
    removed = new Set([nodeId]);
    next = workflow.edges.find((edge) => edge.from === nodeId)?.to;
  }
  if (next === undefined) return { ok: false, reason: m.notInChain };
  const target = next;
  const edges = workflow.edges.flatMap((edge) => {
    if (removed.has(edge.from)) return [];
    return [removed.has(edge.to) ? { ...edge, to: target } : edge];
  });
  const nodes = workflow.nodes.filter((candidate) => !removed.has(candidate.id));
  return { ok: true, selectedId: null, workflow: { ...workflow, nodes, edges } };
}
