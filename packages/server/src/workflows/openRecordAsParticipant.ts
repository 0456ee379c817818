import { fieldPermissionAt } from '@formwork/runtime';
import { HttpError } from '../http/HttpError.js';
import { notFound } from '../http/httpErrors.js';
import type { FieldAccess } from '../permissions/fieldAccessOf.js';
import { openRecord } from '../records/openRecord.js';
import { loadRecordForm } from '../records/loadRecordForm.js';
import type { RecordForm } from '../records/RecordForm.js';
import type { StoredRecord } from '../records/StoredRecord.js';
import type { Stores } from '../storage/Stores.js';
import type { User } from '../storage/UserStore.js';
import { loadWorkflowVersion } from './loadWorkflow.js';

/** A record opened for reading, with the fields the reader may see and whether they may change it. */
export interface ReadableRecord {
  readonly record: StoredRecord;
  readonly fields: FieldAccess;
  readonly canEdit: boolean;
  /** How the reader got in: their row scope, or a task on the record's flow. */
  readonly via: 'rowScope' | 'task';
}

/**
 * Opens a record to read it (its view, history and files): whoever `openRecord` lets read it, as
 * their role sees it; else whoever holds or held a task on it, or was copied on it — an approver
 * reads what they approve, even outside their row scope, while and after they hold the task —
 * with the fields their latest task's node hides left out and nothing to change. Nobody else, and
 * nothing more: lists, exports, aggregates and writes keep to the row scope (`openRecord`,
 * `openRecordForm`). A deleted record, or one of an archived form, stays a 404 to participants.
 */
export async function openRecordAsParticipant(stores: Stores, user: User, recordId: string): Promise<ReadableRecord> {
  try {
    const { record, fields, canEdit } = await openRecord(stores, user, recordId, 'read');
    return { record, fields, canEdit, via: 'rowScope' };
  } catch (error) {
    if (!(error instanceof HttpError) || error.status !== 404) throw error;
  }
  const task = await stores.tasks.latestHeldTaskOnRecord(user.id, recordId);
  const record = task ? await stores.records.findById(recordId) : undefined;
  const form = record ? await loadRecordForm(stores, record.formId) : undefined;
  const flow = task ? await stores.flowInstances.findById(task.instanceId) : undefined;
  if (!task || !record || !form || !flow || form.archived || record.deletedAt !== null) throw notFound();
  const workflow = await loadWorkflowVersion(stores, flow.instance.formId, flow.instance.workflowVersion);
  const node = workflow.schema.nodes.find((candidate) => candidate.id === task.nodeId);
  if (!node) throw notFound();
  return { record, fields: nodeReadAccess(form, (fieldId) => fieldPermissionAt(node, fieldId) === 'hidden'), canEdit: false, via: 'task' };
}

/** Read-only access: every field locked, those the node hides left out of records, history and queries. */
function nodeReadAccess(form: RecordForm, hides: (fieldId: string) => boolean): FieldAccess {
  const hidden = new Set<string>();
  const locked = new Set<string>();
  // Top-level fields: a node's permissions are about them (subform columns go with their subform).
  for (const { field, subform } of form.compiled.valueFields) {
    if (subform !== undefined) continue;
    locked.add(field.id);
    if (hides(field.id)) hidden.add(field.id);
  }
  const queryFields = hidden.size === 0 ? form.queryFields : new Map([...form.queryFields].filter(([id]) => !hidden.has(id)));
  return { hidden, locked, queryFields };
}
