import type { FlowBlockItem, FlowItem } from './WorkflowTree.js';

/** The block a condition node or parallel fork opens, searched through nested branches. */
export function locateBlock(items: readonly FlowItem[], gatewayId: string): FlowBlockItem | undefined {
  for (const item of items) {
    if (item.kind !== 'block') continue;
    if (item.gateway.id === gatewayId) return item;
    for (const branch of item.branches) {
      const found = locateBlock(branch.items, gatewayId);
      if (found) return found;
    }
  }
  return undefined;
}

/** Every node id in `items`, nested branches, gateways and joins included. */
export function nodeIdsOf(items: readonly FlowItem[]): string[] {
  return items.flatMap((item) =>
    item.kind === 'node'
      ? [item.node.id]
      : [item.gateway.id, ...item.branches.flatMap((branch) => nodeIdsOf(branch.items)), ...(item.join ? [item.join.id] : [])],
  );
}
