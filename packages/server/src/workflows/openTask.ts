import { fieldPermissionAt, type NodeRecordView, viewRecordAt, type WorkflowNode } from '@formwork/runtime';
import { notFound } from '../http/httpErrors.js';
import { loadRecordForm } from '../records/loadRecordForm.js';
import type { RecordForm } from '../records/RecordForm.js';
import type { StoredRecord } from '../records/StoredRecord.js';
import type { StoredFlowInstance } from '../storage/FlowInstanceStore.js';
import type { Stores } from '../storage/Stores.js';
import type { FlowTask } from '../storage/TaskStore.js';
import type { User } from '../storage/UserStore.js';
import { toChangeView, type ChangeView } from './changeView.js';
import { loadWorkflowVersion } from './loadWorkflow.js';

/** A task opened by its holder: the task, its flow, its node, and the record as that node may see it. */
export interface OpenedTask {
  readonly task: FlowTask;
  readonly flow: StoredFlowInstance;
  readonly node: WorkflowNode;
  readonly record: StoredRecord;
  readonly view: NodeRecordView;
  readonly form: RecordForm;
}

/**
 * Opens a task for the person who holds or held it (their inbox lists it; its record is theirs to
 * read at that node while and after they hold it, whatever their row scope). Anyone else gets the
 * same 404 as for a task that does not exist: a task id proves nothing and reveals nothing.
 */
export async function openTask(stores: Stores, user: User, taskId: string): Promise<OpenedTask> {
  const task = await stores.tasks.findById(taskId);
  if (task?.assignee !== user.id || task.state === 'waiting') throw notFound();
  const flow = await stores.flowInstances.findById(task.instanceId);
  const record = await stores.records.findById(task.recordId);
  const form = record ? await loadRecordForm(stores, record.formId) : undefined;
  if (!flow || !record || !form || record.deletedAt !== null) throw notFound();
  const workflow = await loadWorkflowVersion(stores, flow.instance.formId, flow.instance.workflowVersion);
  const node = workflow.schema.nodes.find((candidate) => candidate.id === task.nodeId);
  if (!node) throw notFound();
  // The form's top-level fields: a node's permissions are about them (subform columns go with their subform).
  const fieldIds = form.compiled.valueFields.filter((field) => field.subform === undefined).map((field) => field.field.id);
  return { task, flow, node, record, form, view: viewRecordAt(node, record.data, fieldIds) };
}

/** What the holder of an open task may do with it at this node. */
export function offeredActions(opened: OpenedTask): string[] {
  const { task, node } = opened;
  if (task.state !== 'open') return [];
  if (task.kind === 'submit') return ['submit'];
  if (task.kind !== 'approve' || node.type !== 'approval') return [];
  const optional = node.actions ?? ['return', 'transfer', 'addApprover'];
  return ['approve', 'reject', ...optional.map((action) => (action === 'addApprover' ? 'add-approver' : action))];
}

/** A change flow's proposed edit as this node sees it (its hidden fields left out); null for an ordinary flow. */
export async function changeOf(stores: Pick<Stores, 'users'>, opened: OpenedTask): Promise<ChangeView | null> {
  const { change } = opened.flow.instance;
  if (change === undefined) return null;
  return toChangeView(stores, change, opened.form, (fieldId) => fieldPermissionAt(opened.node, fieldId) === 'hidden');
}
