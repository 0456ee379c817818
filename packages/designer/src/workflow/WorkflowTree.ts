import type { ConditionNode, ParallelNode, WorkflowEdge, WorkflowNode } from '@formwork/runtime';

/**
 * A workflow graph read as the designer draws it: a vertical chain from the start node, where a
 * condition node or a parallel fork opens branches side by side that rejoin further down.
 */
export type FlowItem = FlowNodeItem | FlowBlockItem;

export interface FlowNodeItem {
  readonly kind: 'node';
  readonly node: WorkflowNode;
}

/** A condition node or a parallel fork with its branches (a fork's matching join is part of it). */
export interface FlowBlockItem {
  readonly kind: 'block';
  readonly gateway: ConditionNode | ParallelNode;
  readonly branches: readonly FlowBranch[];
  /** The join node that closes a parallel block. */
  readonly join?: ParallelNode;
  /** Where the branches rejoin: the join of a parallel block, the next node after a condition block. */
  readonly merge: string;
}

/** One branch: the edge out of the gateway and the chain of items along it. */
export interface FlowBranch {
  readonly edge: WorkflowEdge;
  readonly items: readonly FlowItem[];
}

/**
 * Where a new node goes: between these edges (all of them end at the same node) and the node they
 * end at. The new node takes their place as the target and leads on to the old one.
 */
export interface InsertionPoint {
  readonly edgeIds: readonly string[];
}
