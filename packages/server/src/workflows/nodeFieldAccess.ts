import { fieldPermissionAt, type WorkflowNode } from '@formwork/runtime';
import type { FieldAccess } from '../permissions/fieldAccessOf.js';
import type { RecordForm } from '../records/RecordForm.js';

/**
 * What an assignee may change at a node, as the records' save gate reads it: every form field the
 * node does not let them edit is locked (keeps its stored value). The node's permissions replace
 * the role's here: the workflow's designer said who edits what at this step.
 */
export function nodeFieldAccess(node: WorkflowNode, form: RecordForm): FieldAccess {
  const locked = new Set<string>();
  for (const fieldId of form.compiled.fieldsById.keys()) {
    const permission = fieldPermissionAt(node, fieldId);
    if (permission !== 'edit' && permission !== 'required') locked.add(fieldId);
  }
  return { hidden: new Set(), locked, queryFields: form.queryFields };
}
