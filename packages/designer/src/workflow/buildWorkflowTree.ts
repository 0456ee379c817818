import type { ParallelNode, WorkflowEdge, WorkflowNode, WorkflowSchema } from '@formwork/runtime';
import type { FlowBranch, FlowItem } from './WorkflowTree.js';

/** A chain read from the graph and the node it stopped at (a merge point), if any. */
interface Chain {
  readonly items: FlowItem[];
  readonly stop: string | null;
}

/**
 * Reads a workflow as the designer's tree (see `WorkflowTree.ts`), or `null` when the graph is not
 * one the chain view can draw: a loop, branches that do not rejoin in one node, a fork without its
 * join, an edge or node left over. Such a workflow is shown read-only.
 *
 * @example
 * buildWorkflowTree(startApprovalEnd) // [{ kind: 'node', node: start }, { kind: 'node', node: approval }, …]
 */
export function buildWorkflowTree(workflow: WorkflowSchema): readonly FlowItem[] | null {
  const nodes = new Map(workflow.nodes.map((node) => [node.id, node]));
  const outgoing = new Map<string, WorkflowEdge[]>();
  const incoming = new Map<string, number>();
  for (const edge of workflow.edges) {
    outgoing.set(edge.from, [...(outgoing.get(edge.from) ?? []), edge]);
    incoming.set(edge.to, (incoming.get(edge.to) ?? 0) + 1);
  }
  const seenNodes = new Set<string>();
  const seenEdges = new Set<string>();
  const start = workflow.nodes.find((node) => node.type === 'start');
  if (!start) return null;

  /** Walks from `id` (entered through a merge if `entering`) until a merge point or the end. */
  const chain = (id: string, entering: boolean): Chain | null => {
    const items: FlowItem[] = [];
    let current: string | undefined = id;
    let first = entering;
    while (current !== undefined) {
      const node = nodes.get(current);
      if (!node) return null;
      if (!first && (incoming.get(current) ?? 0) > 1) return { items, stop: current };
      first = false;
      if (node.type === 'parallel' && node.gateway === 'join') return { items, stop: current };
      if (seenNodes.has(current)) return null;
      seenNodes.add(current);
      const exits: readonly WorkflowEdge[] = outgoing.get(current) ?? [];
      if (node.type === 'condition' || (node.type === 'parallel' && node.gateway === 'fork')) {
        const block = branches(node, exits);
        if (!block) return null;
        items.push(block.item);
        if (block.shared) return { items, stop: block.next };
        current = block.next;
        first = block.enterNext;
        continue;
      }
      items.push({ kind: 'node', node });
      if (node.type === 'end') return exits.length === 0 ? { items, stop: null } : null;
      const exit: WorkflowEdge | undefined = exits[0];
      const more = exits.length > 1;
      if (!exit || more) return null;
      seenEdges.add(exit.id);
      current = exit.to;
    }
    return { items, stop: null };
  };

  const branches = (
    gateway: WorkflowNode,
    exits: readonly WorkflowEdge[],
  ): { item: FlowItem; next: string; enterNext: boolean; shared: boolean } | null => {
    if (exits.length < 2 || (gateway.type !== 'condition' && gateway.type !== 'parallel')) return null;
    const read: FlowBranch[] = [];
    let merge: string | null | undefined;
    for (const edge of exits) {
      seenEdges.add(edge.id);
      // An empty branch goes straight to the merge point: the walk stops at once.
      const branch = chain(edge.to, false);
      if (!branch || branch.stop === null) return null;
      if (merge !== undefined && merge !== branch.stop) return null;
      merge = branch.stop;
      read.push({ edge, items: branch.items });
    }
    if (merge === undefined || merge === null) return null;
    const target = merge;
    const arrivals = workflow.edges.filter((edge) => edge.to === target && seenEdges.has(edge.id)).length;
    if (gateway.type === 'parallel') {
      const join = nodes.get(merge);
      if (!join || join.type !== 'parallel' || join.gateway !== 'join' || seenNodes.has(merge)) return null;
      if ((incoming.get(merge) ?? 0) !== arrivals) return null;
      seenNodes.add(merge);
      const after = outgoing.get(merge) ?? [];
      const exit = after[0];
      if (!exit || after.length > 1) return null;
      seenEdges.add(exit.id);
      return { item: { kind: 'block', gateway, branches: read, join: join as ParallelNode, merge }, next: exit.to, enterNext: false, shared: false };
    }
    // The merge node belongs to an outer chain too when more edges reach it than these branches.
    // Then the outer branch stops there as well.
    const shared = (incoming.get(merge) ?? 0) > arrivals;
    return { item: { kind: 'block', gateway, branches: read, merge }, next: merge, enterNext: true, shared };
  };

  const main = chain(start.id, true);
  if (!main || main.stop !== null) return null;
  if (seenNodes.size !== workflow.nodes.length || seenEdges.size !== workflow.edges.length) return null;
  return main.items;
}
