import type { StoredFlowInstance } from '../storage/FlowInstanceStore.js';
import type { Stores } from '../storage/Stores.js';

/**
 * The flow one acts on from a record (urge, withdraw, end, reactivate) and its timeline heads
 * with: a change flow while it runs, else the record's own flow — a finished change flow is only
 * history, and a rejected one never makes the record look rejected.
 */
export async function findFlowInPlay(stores: Pick<Stores, 'flowInstances'>, recordId: string): Promise<StoredFlowInstance | undefined> {
  const live = await stores.flowInstances.findByRecord(recordId, 'any');
  return live?.instance.status === 'in_progress' ? live : await stores.flowInstances.findByRecord(recordId);
}
