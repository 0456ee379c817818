import type { SampleRecords } from '@formwork/templates';
import type { ServerContext } from '../ServerContext.js';
import type { Stores } from '../storage/Stores.js';
import { startRecordFlow } from '../workflows/startRecordFlow.js';

/** The sample records whose flows to start, and where they were written. */
export interface SampleFlowTarget {
  readonly templateName: string;
  /** The installed forms in bundle order. */
  readonly forms: readonly { readonly key: string; readonly id: string }[];
  readonly records: SampleRecords;
  /** Generated record ids → stored ones (`installSampleRecords` filled it). */
  readonly ids: ReadonlyMap<string, string>;
}

/**
 * Inside the install's transaction, after `installSampleRecords`: starts the form's published
 * workflow on every sample record marked `awaitingApproval` (a 合同 审批中, a 回款 待确认, last
 * month's 考核评估 and 复盘, …), as a submit would have — by the record's owner, at the time it was
 * entered — so that the approvers' inboxes hold the sample's work in flight and those records read
 * `_flowStatus` in_progress. Every other record keeps no flow (history entered as it stood, which
 * the scheme counts by its status).
 *
 * A marked record on a form without a workflow, or whose flow ends at once (a quote whose discount
 * needs no approval), is a fault of the generator: it throws, failing the install.
 * Returns the flows started per form key (forms with none left out).
 */
export async function startSampleFlows(context: Pick<ServerContext, 'newId'>, tx: Stores, target: SampleFlowTarget): Promise<Record<string, number>> {
  const started: Record<string, number> = {};
  for (const { key } of target.forms) {
    for (const sample of target.records[key] ?? []) {
      if (sample.awaitingApproval !== true) continue;
      const record = await tx.records.findById(target.ids.get(sample.id) ?? '');
      if (!record?.ownerId) throw new Error(`${target.templateName}: the sample record ${key} ${sample.id} awaiting approval was not written`);
      const flow = await startRecordFlow(tx, context, record, record.ownerId, sample.createdAt);
      if (flow?.state !== 'in_progress') {
        throw new Error(`${target.templateName}: the sample record ${key} ${sample.id} is marked awaiting approval, but ${flow ? `its flow ended at once (${flow.state})` : 'its form has no published workflow'}`);
      }
      started[key] = (started[key] ?? 0) + 1;
    }
  }
  return started;
}
