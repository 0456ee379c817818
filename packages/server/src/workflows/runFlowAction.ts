import { advanceWorkflow, type Locale, type RecordValues, type WorkflowAction, type WorkflowInstance } from '@formwork/runtime';
import { HttpError } from '../http/HttpError.js';
import { notFound } from '../http/httpErrors.js';
import { viewerOf } from '../permissions/Viewer.js';
import { checkRecordWrite } from '../records/checkRecordWrite.js';
import { createLinkResolver } from '../records/createLinkResolver.js';
import { diffRecordData } from '../records/diffRecordData.js';
import { loadRecordForm, shareFormCache } from '../records/loadRecordForm.js';
import { mergeRecordPatch, prepareRecordData } from '../records/prepareRecordData.js';
import { randomRowId } from '../records/randomRowId.js';
import type { RecordForm } from '../records/RecordForm.js';
import { invalidRecord } from '../records/recordErrors.js';
import { fileIdsOf } from '../records/resolveFileRefs.js';
import type { StoredRecord } from '../records/StoredRecord.js';
import type { ServerContext } from '../ServerContext.js';
import type { StoredFlowInstance } from '../storage/FlowInstanceStore.js';
import type { Stores } from '../storage/Stores.js';
import type { User } from '../storage/UserStore.js';
import { writeFlowTransition } from '../storage/writeFlowTransition.js';
import { findFlowInPlay } from './findFlowInPlay.js';
import { toFlowView, type FlowView } from './flowView.js';
import { loadOrgDirectory } from './loadOrgDirectory.js';
import { loadWorkflowVersion } from './loadWorkflow.js';
import { nodeFieldAccess } from './nodeFieldAccess.js';
import { fieldNotEditableAtNode, fieldRequiredAtNode, flowChanged, noFlow, workflowRefused } from './workflowErrors.js';
import { workflowIds } from './workflowIds.js';

/** Which flow an action is on: a task's (people acting on their tasks), a record's (withdraw, admin actions) or an instance's (a timer). */
export type FlowTarget = { readonly taskId: string } | { readonly recordId: string } | { readonly instanceId: string };

/** What a transition answered: where the record stands now. */
export interface FlowActionOutcome {
  readonly recordId: string;
  readonly instanceId: string;
  readonly flow: FlowView;
}

/** Thrown inside the transaction to roll it back when another transition of the flow won: the caller retries. */
class LostRace extends Error {}

/**
 * How often a transition that lost the instance's compare-and-set is run again on the fresh
 * instance. People acting on different tasks of one node (会签) all succeed in turn; someone
 * acting on a task another closed meanwhile gets the engine's 409 on the retry.
 */
const maxAttempts = 40;

/**
 * Runs one workflow action as one transaction: reads the instance, its workflow version, the
 * record and the org directory through `tx`, runs the engine, and writes the instance (compare-
 * and-set), tasks, log, timers, notifications and the record's permitted edits together. When
 * someone else's transition came first, the whole thing rolls back and runs again on what they
 * wrote, so each action is judged on the flow as it is.
 */
export async function runFlowAction(context: ServerContext, user: User | null, target: FlowTarget, action: WorkflowAction, locale: Locale): Promise<FlowActionOutcome> {
  for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
    try {
      return await context.stores.transaction((tx) => attemptAction(context, tx, user, target, action, locale));
    } catch (error) {
      if (!(error instanceof LostRace)) throw error;
    }
  }
  throw flowChanged();
}

async function attemptAction(context: ServerContext, tx: Stores, user: User | null, target: FlowTarget, action: WorkflowAction, locale: Locale): Promise<FlowActionOutcome> {
  shareFormCache(tx, context.stores);
  const stored = await findFlow(tx, target);
  const { instance } = stored;
  const record = await tx.records.findById(instance.recordId);
  const form = record ? await loadRecordForm(tx, record.formId) : undefined;
  if (!record || !form) throw notFound();
  const workflow = await loadWorkflowVersion(tx, instance.formId, instance.workflowVersion);
  const now = context.now();
  const signature = 'signature' in action ? action.signature : undefined;
  if (signature !== undefined) await checkSignature(tx, signature, user);
  const result = advanceWorkflow(instance, withChangesOnly(action, record.data), { schema: workflow.schema, record: record.data, directory: await loadOrgDirectory(tx), now: () => now, newId: workflowIds(context) });
  if (!result.ok) {
    const fieldId = result.error.details?.fieldId;
    const label = fieldId === undefined ? undefined : (form.compiled.fieldsById.get(fieldId)?.label ?? fieldId);
    if (result.error.code === 'fieldNotEditable' && fieldId !== undefined && label !== undefined) throw fieldNotEditableAtNode(fieldId, label);
    if (result.error.code === 'requiredField' && fieldId !== undefined && label !== undefined) throw fieldRequiredAtNode(fieldId, label);
    throw workflowRefused(result.error);
  }
  const written = await writeFlowTransition(tx, { ...result, expectedRevision: instance.revision, actor: user?.id ?? null, now, newId: context.newId });
  if (!written) throw new LostRace();
  const { recordUpdate, applyChange } = result.effects;
  if (recordUpdate !== undefined && Object.keys(recordUpdate).length > 0) {
    const node = workflow.schema.nodes.find((candidate) => candidate.id === taskNodeOf(result.instance, action));
    await writeRecordEdits(context, tx, { user, record, form, edits: recordUpdate, fields: node ? nodeFieldAccess(node, form) : undefined, locale, now });
  }
  const proposed = result.instance.change;
  if (applyChange !== undefined && proposed !== undefined) {
    // The applied change is the proposer's edit, with the reason they gave for it, approved by whoever completed the flow.
    const edits = Object.fromEntries(Object.entries(applyChange).map(([fieldId, change]) => [fieldId, change.after]));
    await writeRecordEdits(context, tx, { user, record, form, edits, fields: undefined, locale, now, author: { id: proposed.proposedBy, reason: proposed.reason ?? null } });
  }
  if (signature !== undefined) await attachSignatures(tx, result.instance, now);
  return { recordId: instance.recordId, instanceId: instance.id, flow: toFlowView(result.effects.flowState) };
}

/** A signature must be an image the signer uploaded (`POST /api/files`): nobody signs with another's file. */
async function checkSignature(tx: Stores, fileId: string, user: User | null): Promise<void> {
  const file = await tx.files.findById(fileId);
  if (file && user && file.uploaderId === user.id && file.mimeType.startsWith('image/')) return;
  throw new HttpError(400, 'invalid_signature', { 'zh-CN': '签名须是您本人上传的图片', en: 'The signature must be an image you uploaded' }, [
    { pointer: '/signature', code: 'invalid_signature', message: { 'zh-CN': '没有这张签名图片', en: 'No such signature image of yours' } },
  ]);
}

/**
 * Links the flow's signature images to the record with its own files: readers of the record may
 * fetch them, and housekeeping never removes a file a record has referenced.
 */
async function attachSignatures(tx: Stores, instance: WorkflowInstance, now: number): Promise<void> {
  const record = await tx.records.findById(instance.recordId);
  if (!record) return;
  const signatures = instance.log.flatMap((entry) => (entry.signature === undefined ? [] : [entry.signature]));
  await tx.files.setRecordFiles(record.id, [...new Set([...fileIdsOf(record.data), ...signatures])], now);
}

async function findFlow(tx: Stores, target: FlowTarget): Promise<StoredFlowInstance> {
  if ('instanceId' in target) {
    const stored = await tx.flowInstances.findById(target.instanceId);
    if (!stored) throw noFlow();
    return stored;
  }
  if ('recordId' in target) {
    const stored = await findFlowInPlay(tx, target.recordId);
    if (!stored) throw noFlow();
    return stored;
  }
  const task = await tx.tasks.findById(target.taskId);
  const stored = task && task.kind !== 'cc' ? await tx.flowInstances.findById(task.instanceId) : undefined;
  // The engine answers an unknown task itself (404 unknown_task), in both languages.
  if (!stored) throw workflowRefused({ code: 'unknownTask', status: 404, message: { 'zh-CN': '没有这个待办', en: 'No such task' } });
  return stored;
}

/**
 * The action with only the edits that change something: a client sending the record back whole
 * (read-only values unchanged) is not refused for "editing" fields it did not change.
 */
function withChangesOnly(action: WorkflowAction, current: RecordValues): WorkflowAction {
  if (!('data' in action) || action.data === undefined) return action;
  const changed = Object.fromEntries(Object.entries(action.data).filter(([fieldId, value]) => JSON.stringify(value) !== JSON.stringify(current[fieldId] ?? null)));
  return { ...action, data: changed };
}

/** The node of the task an action is on (its edits are checked against that node's permissions). */
function taskNodeOf(instance: WorkflowInstance, action: WorkflowAction): string | undefined {
  if (!('taskId' in action)) return undefined;
  return instance.tasks.find((task) => task.id === action.taskId)?.nodeId;
}

interface RecordEdits {
  readonly user: User | null;
  readonly record: StoredRecord;
  readonly form: RecordForm;
  readonly edits: RecordValues;
  /** What may change (the node's permissions); undefined: whatever the engine decided (a change flow's diff). */
  readonly fields: ReturnType<typeof nodeFieldAccess> | undefined;
  readonly locale: Locale;
  readonly now: number;
  /** Whose edit the history names, and why, when it is not the actor's own (an approved change: its proposer). */
  readonly author?: { readonly id: string; readonly reason: string | null };
}

/**
 * Writes the edits a transition carried through the records' own gate (formulas recomputed,
 * values validated), as a new version with its history entry, in the transition's transaction.
 * A record someone changed meanwhile is a lost race like any other: the transition runs again.
 */
async function writeRecordEdits(context: ServerContext, tx: Stores, edits: RecordEdits): Promise<void> {
  const { record, form, user, now } = edits;
  // The system (a timer) edits nothing; an admin-like save is only for the engine's own change diffs.
  const viewer = await viewerOf(tx, user ?? { id: '', username: '', name: '', role: 'admin', departmentId: null, locale: null, disabled: false, createdAt: 0, updatedAt: 0 });
  const fields = edits.fields ?? nodeFieldAccess({ id: '', type: 'start', name: '' }, form);
  const prepared = await prepareRecordData(
    { stores: tx, form, viewer, fields, locale: edits.locale, now, timeZone: context.settings.records.timeZone, findLinked: createLinkResolver(tx, viewer), newRowId: () => randomRowId(context.randomBytes) },
    mergeRecordPatch(form, record.data, edits.edits),
    record,
  );
  if (!prepared.ok) throw invalidRecord(prepared.errors);
  const diff = diffRecordData(record.data, prepared.data);
  if (diff.length === 0) return;
  const author = edits.author;
  // A flow's edit is a write like any other: a feature's own rules over its form hold here too.
  const data = await checkRecordWrite(context.recordWriteHooks, tx, form, { id: record.id, before: record, data: prepared.data, reason: author?.reason ?? null, now });
  const changes = data === prepared.data ? diff : diffRecordData(record.data, data);
  const updated = await tx.records.update(record.id, record.version, { data, formVersion: form.version.version, updatedBy: user?.id ?? null, updatedAt: now }, form.columns);
  if (!updated) throw new LostRace();
  await tx.history.append({ recordId: record.id, version: updated.version, action: 'update', actorId: author?.id ?? user?.id ?? null, at: now, changes, ...(author ? { reason: author.reason, ...(user ? { approvedBy: user.id } : {}) } : {}) });
  await tx.files.setRecordFiles(record.id, [...fileIdsOf(updated.data)], now);
}
