import { fieldPermissionAt, type WorkflowNode } from '@formwork/runtime';
import { loadRecordForm } from '../records/loadRecordForm.js';
import type { RecordForm } from '../records/RecordForm.js';
import type { StoredRecord } from '../records/StoredRecord.js';
import type { Stores } from '../storage/Stores.js';
import type { InboxItem } from '../storage/TaskStore.js';
import { loadWorkflowVersion, type RunnableWorkflow } from './loadWorkflow.js';

const maxValueLength = 60;

/**
 * What each inbox line is called: the form's title and the record's serial number, else its first
 * top-level text field, else its submit date (`YYYY-MM-DD`, UTC). Only a field the line's node
 * does not hide is used (the start node's for the initiated box, whose lines hold no task), so a
 * title never tells more than opening the task would. One query reads the page's records; forms
 * are read once per form and workflow versions once per version on the page (forms come from the
 * form cache).
 *
 * The node is looked up in the workflow version the flow runs on — the one whose permissions the
 * task page applies — not in the form's latest, which may hide less.
 *
 * @example
 * await titleInboxItems(stores, page.items) // ['合同 HT-2026-0012', '报销 差旅费', '请假 2026-12-04']
 */
export async function titleInboxItems(stores: Stores, items: readonly InboxItem[]): Promise<string[]> {
  const recordIds = [...new Set(items.map((item) => item.flow.recordId))];
  const formIds = [...new Set(items.map((item) => item.flow.formId))];
  const versionKeys = [...new Set(items.map((item) => versionKey(item.flow.formId, item.flow.workflowVersion)))];
  const [records, forms, workflows] = await Promise.all([
    stores.records.findByIds(recordIds),
    Promise.all(formIds.map((formId) => loadRecordForm(stores, formId))),
    Promise.all(
      versionKeys.map((key) => {
        const [formId = '', version = '0'] = key.split('\u0000');
        return loadWorkflowVersion(stores, formId, Number(version));
      }),
    ),
  ]);
  const recordById = new Map(records.map((record) => [record.id, record]));
  const formById = new Map(formIds.map((formId, index) => [formId, forms[index]]));
  const workflowByVersion = new Map(versionKeys.map((key, index) => [key, workflows[index]]));
  return items.map((item) => {
    const form = formById.get(item.flow.formId);
    const record = recordById.get(item.flow.recordId);
    const formTitle = form?.version.schema.title ?? '';
    if (!form || !record) return formTitle;
    const node = nodeOf(workflowByVersion.get(versionKey(item.flow.formId, item.flow.workflowVersion)), item.task?.nodeId);
    const detail = visibleDetail(form, record, node) ?? new Date(record.createdAt).toISOString().slice(0, 10);
    return formTitle === '' ? detail : `${formTitle} ${detail}`;
  });
}

function versionKey(formId: string, version: number): string {
  return `${formId}\u0000${String(version)}`;
}

function nodeOf(workflow: RunnableWorkflow | undefined, nodeId: string | undefined): WorkflowNode | undefined {
  const nodes = workflow?.schema.nodes ?? [];
  return nodeId === undefined ? nodes.find((node) => node.type === 'start') : nodes.find((node) => node.id === nodeId);
}

/** The serial number, else the first text field's value, of those the node lets its holder see. */
function visibleDetail(form: RecordForm, record: StoredRecord, node: WorkflowNode | undefined): string | undefined {
  if (!node) return undefined;
  const topLevel = form.compiled.valueFields.filter((entry) => entry.subform === undefined && fieldPermissionAt(node, entry.field.id) !== 'hidden');
  for (const type of ['serial', 'text'] as const) {
    for (const entry of topLevel) {
      if (entry.field.type !== type) continue;
      const value = record.data[entry.field.id];
      // Text is one line as typed; a title stays one short line whatever was stored.
      const text = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
      if (text !== '') return text.length > maxValueLength ? `${text.slice(0, maxValueLength)}…` : text;
      // The first field of its kind decides: an empty one does not promote the next.
      break;
    }
  }
  return undefined;
}
