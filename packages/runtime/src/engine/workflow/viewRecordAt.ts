import type { WorkflowNode } from '../documents/workflow/WorkflowSchema.js';
import { fieldPermissionAt } from './fieldPermissionAt.js';
import type { RecordValues } from './WorkflowContext.js';

/** A record as a node's assignee may see it. */
export interface NodeRecordView {
  /** The values, hidden fields absent. */
  readonly values: RecordValues;
  /** Fields shown but not editable here. */
  readonly readOnly: readonly string[];
  /** Fields the assignee may edit (including the required ones). */
  readonly editable: readonly string[];
  /** Fields that must not be empty when the task is approved or submitted. */
  readonly required: readonly string[];
}

/**
 * The record as this node may see it, for the task page and the server's answers: `fieldIds` are
 * the form's fields (so fields without a value are classed too).
 *
 * @example
 * viewRecordAt(node, { f_amount: 600000, f_notes: 'x' }, ['f_amount', 'f_notes'])
 * // { values: { f_amount: 600000 }, readOnly: ['f_amount'], editable: [], required: [] } with f_notes hidden
 */
export function viewRecordAt(node: WorkflowNode, record: RecordValues, fieldIds: readonly string[] = Object.keys(record)): NodeRecordView {
  const values: Record<string, unknown> = {};
  const readOnly: string[] = [];
  const editable: string[] = [];
  const required: string[] = [];
  for (const fieldId of new Set([...fieldIds, ...Object.keys(record)])) {
    const permission = fieldPermissionAt(node, fieldId);
    if (permission === 'hidden') continue;
    if (Object.hasOwn(record, fieldId)) values[fieldId] = record[fieldId];
    if (permission === 'read') readOnly.push(fieldId);
    else editable.push(fieldId);
    if (permission === 'required') required.push(fieldId);
  }
  return { values, readOnly, editable, required };
}
