import { proposeChange } from '@formwork/runtime';
import type { RecordChange } from '../records/RecordChange.js';
import type { RecordForm } from '../records/RecordForm.js';
import type { StoredRecord } from '../records/StoredRecord.js';
import type { ServerContext } from '../ServerContext.js';
import type { StoredFlowInstance } from '../storage/FlowInstanceStore.js';
import type { Stores } from '../storage/Stores.js';
import type { User } from '../storage/UserStore.js';
import { writeFlowTransition } from '../storage/writeFlowTransition.js';
import { toChangeLines, type ChangeLineView } from './changeView.js';
import { toFlowView, type FlowView } from './flowView.js';
import { loadOrgDirectory } from './loadOrgDirectory.js';
import { findActiveWorkflow } from './loadWorkflow.js';
import { changePending, flowChanged, workflowRefused } from './workflowErrors.js';
import { workflowIds } from './workflowIds.js';

/** An edit held for approval: what it would change, and where its change flow stands. */
export interface ProposedRecordChange {
  readonly diff: readonly ChangeLineView[];
  readonly flow: FlowView;
}

/** What a change of a record would write, as `updateRecord` prepared it. */
export interface RecordEdit {
  readonly record: StoredRecord;
  readonly form: RecordForm;
  /** The record's data after the edit (formulas recomputed). */
  readonly data: Readonly<Record<string, unknown>>;
  readonly changes: readonly RecordChange[];
  /** The fields the client's patch named: only those are proposed (formulas follow when applied). */
  readonly patched: ReadonlySet<string>;
  readonly hidden: ReadonlySet<string>;
  readonly reason: string | null;
}

/**
 * 409 when the record has a change flow still waiting: one proposed change at a time, or an
 * approver would approve a diff against values that moved under it.
 */
export async function refuseWhileChangePending(tx: Pick<Stores, 'flowInstances' | 'users'>, recordId: string): Promise<void> {
  const flow = await tx.flowInstances.findByRecord(recordId, 'change');
  const change = flow?.instance.change;
  if (flow?.flowState.status !== 'in_progress' || change === undefined) return;
  const proposer = await tx.users.findById(change.proposedBy);
  throw changePending(flow.instance.id, proposer?.name ?? change.proposedBy);
}

/**
 * "Changing key data needs approval": when the record's flow completed and the form's active
 * workflow has `settings.changeApproval` covering a field the edit changes, starts a change flow
 * through `tx` (the caller's transaction) and answers what it holds; the record is not written.
 * Undefined when the edit needs no approval and is applied as usual.
 */
export async function proposeRecordChange(tx: Stores, context: Pick<ServerContext, 'newId'>, user: User, edit: RecordEdit, now: number): Promise<ProposedRecordChange | undefined> {
  const { record, form } = edit;
  if (!flowCompleted(await tx.flowInstances.findByRecord(record.id))) return undefined;
  const workflow = await findActiveWorkflow(tx, record.formId);
  if (workflow?.schema.settings?.changeApproval === undefined) return undefined;
  const proposed = Object.fromEntries(edit.changes.filter((change) => edit.patched.has(change.fieldId)).map((change) => [change.fieldId, edit.data[change.fieldId] ?? null]));
  if (Object.keys(proposed).length === 0) return undefined;
  const proposal = proposeChange(
    { ...workflow.schema, formId: record.formId },
    { id: record.id, values: record.data },
    proposed,
    user.id,
    { workflowVersion: workflow.version, directory: await loadOrgDirectory(tx), now: () => now, newId: workflowIds(context) },
    edit.reason ?? undefined,
  );
  if (!proposal.ok) throw workflowRefused(proposal.error);
  if (!proposal.needsApproval) return undefined;
  const written = await writeFlowTransition(tx, { instance: proposal.instance, effects: proposal.effects, expectedRevision: null, actor: user.id, now, newId: context.newId });
  // Another flow went live between the check and the write: the edit is judged again on reload.
  if (!written) throw flowChanged();
  return { diff: toChangeLines(proposal.diff, form, (fieldId) => edit.hidden.has(fieldId)), flow: toFlowView(proposal.effects.flowState) };
}

/**
 * Whether the record went through its own flow to the end. Change flows are not asked: one that
 * was rejected or withdrawn leaves the record as completed as it was.
 */
function flowCompleted(flow: StoredFlowInstance | undefined): boolean {
  return flow?.flowState.status === 'completed';
}
