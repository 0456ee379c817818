import type { WorkflowSchema } from '../documents/workflow/WorkflowSchema.js';
import { diffRecord } from './diffRecord.js';
import { startInstance, type StartContext, type StartRecord } from './startInstance.js';
import type { RecordValues } from './WorkflowContext.js';
import type { WorkflowEffects } from './WorkflowEffects.js';
import { workflowError, type WorkflowError } from './WorkflowError.js';
import type { ChangeDiff, WorkflowInstance } from './WorkflowInstance.js';

/** What to do with an edit of a completed record. */
export type ChangeProposal =
  /** No approval needed: the host applies `diff` to the record now. */
  | { readonly ok: true; readonly needsApproval: false; readonly diff: ChangeDiff }
  /** A change flow holds the edit: the host stores the instance and applies `effects`; the record is untouched until `applyChange`. */
  | { readonly ok: true; readonly needsApproval: true; readonly diff: ChangeDiff; readonly instance: WorkflowInstance; readonly effects: WorkflowEffects }
  | { readonly ok: false; readonly error: WorkflowError };

/**
 * "Changing key data needs approval": turns a proposed edit of a completed record into a change
 * flow when the workflow's `changeApproval` covers a field it changes. The flow runs this workflow
 * from its start with the proposer as initiator, on the record as it would be after the edit (so
 * conditions see the new values); when it completes, its effects carry `applyChange`, the diff to
 * write. Rejected, withdrawn or ended, the edit is dropped. `reason`, the proposer's why, rides
 * along on `instance.change` for the history entry the applied change gets.
 *
 * @example
 * const proposal = proposeChange(schema, { id: 'r_1', values }, { f_amount: 800000 }, 'u_rep', context);
 * if (proposal.ok && proposal.needsApproval) store.save(proposal.instance, proposal.effects);
 */
export function proposeChange(schema: WorkflowSchema, record: StartRecord, edit: RecordValues, proposer: string, context: StartContext, reason?: string): ChangeProposal {
  const diff = diffRecord(record.values, edit);
  const changed = Object.keys(diff);
  if (changed.length === 0) {
    return { ok: false, error: workflowError('noChange', 422, { 'zh-CN': '没有修改任何字段', en: 'The edit changes no field' }) };
  }
  const guard = schema.settings?.changeApproval;
  const guarded = guard !== undefined && (guard.fieldIds === undefined || changed.some((fieldId) => guard.fieldIds?.includes(fieldId)));
  if (!guarded) return { ok: true, needsApproval: false, diff };
  const started = startInstance(schema, { id: record.id, values: { ...record.values, ...edit } }, proposer, { ...context, change: { proposedBy: proposer, diff, ...(reason === undefined ? {} : { reason }) } });
  if (!started.ok) return started;
  return { ok: true, needsApproval: true, diff, instance: started.instance, effects: started.effects };
}
