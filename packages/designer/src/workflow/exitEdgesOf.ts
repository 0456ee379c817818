import type { WorkflowSchema } from '@formwork/runtime';
import { nodeIdsOf } from './locateBlock.js';
import type { FlowItem, InsertionPoint } from './WorkflowTree.js';

/**
 * Where a node added right after `item` goes: the edges leaving it toward the next item. For a
 * condition block these are the edges by which its branches reach the merge node; for a parallel
 * block, the edge out of its join.
 */
export function exitEdgesOf(workflow: WorkflowSchema, item: FlowItem): InsertionPoint {
  if (item.kind === 'node') return { edgeIds: workflow.edges.filter((edge) => edge.from === item.node.id).map((edge) => edge.id) };
  if (item.join) {
    const joinId = item.join.id;
    return { edgeIds: workflow.edges.filter((edge) => edge.from === joinId).map((edge) => edge.id) };
  }
  const inside = new Set(nodeIdsOf([item]));
  return { edgeIds: workflow.edges.filter((edge) => edge.to === item.merge && inside.has(edge.from)).map((edge) => edge.id) };
}
