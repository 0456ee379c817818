import { startInstance } from '@formwork/runtime';
import type { StoredRecord } from '../records/StoredRecord.js';
import type { ServerContext } from '../ServerContext.js';
import type { Stores } from '../storage/Stores.js';
import { writeFlowTransition } from '../storage/writeFlowTransition.js';
import { toFlowView, type FlowView } from './flowView.js';
import { loadOrgDirectory } from './loadOrgDirectory.js';
import { findActiveWorkflow } from './loadWorkflow.js';
import { workflowRefused } from './workflowErrors.js';
import { workflowIds } from './workflowIds.js';

/**
 * Starts the form's published workflow on a record just submitted, through the submit's own
 * transaction `tx`: the record and its flow commit together or not at all. Undefined when the form
 * has no published workflow. An engine refusal (a field the start node requires left empty) throws
 * its API error, rolling the submit back.
 */
export async function startRecordFlow(tx: Stores, context: Pick<ServerContext, 'newId'>, record: StoredRecord, initiator: string, now: number): Promise<FlowView | undefined> {
  const workflow = await findActiveWorkflow(tx, record.formId);
  if (!workflow) return undefined;
  const result = startInstance({ ...workflow.schema, formId: record.formId }, { id: record.id, values: record.data }, initiator, {
    workflowVersion: workflow.version,
    directory: await loadOrgDirectory(tx),
    now: () => now,
    newId: workflowIds(context),
  });
  if (!result.ok) throw workflowRefused(result.error);
  const written = await writeFlowTransition(tx, { ...result, expectedRevision: null, actor: initiator, now, newId: context.newId });
  // A brand-new record cannot have a live flow already: losing here is a bug, not a race.
  if (!written) throw new Error(`record ${record.id} already has a live flow`);
  return toFlowView(result.effects.flowState);
}
