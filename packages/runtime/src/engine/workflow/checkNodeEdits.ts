import type { WorkflowNode } from '../documents/workflow/WorkflowSchema.js';
import { evaluateRule } from '../rules/evaluateRule.js';
import { isEmptyValue } from '../rules/values/isEmptyValue.js';
import { truthy } from '../rules/values/truthy.js';
import { fieldPermissionAt } from './fieldPermissionAt.js';
import type { RecordValues } from './WorkflowContext.js';
import { workflowError, type WorkflowError } from './WorkflowError.js';

/**
 * Checks what an approve or submit carries against the node: every edited field must be editable
 * here, every `required` field filled (in the record as edited), every node validation must hold.
 * Returns the first fault, or undefined.
 */
export function checkNodeEdits(
  node: WorkflowNode,
  data: RecordValues | undefined,
  record: RecordValues,
  now: number,
  finishing: boolean,
): WorkflowError | undefined {
  for (const fieldId of Object.keys(data ?? {})) {
    const permission = fieldPermissionAt(node, fieldId);
    if (permission === 'edit' || permission === 'required') continue;
    return workflowError(
      'fieldNotEditable',
      403,
      { 'zh-CN': `“${node.name}”节点不能修改字段 ${fieldId}`, en: `The field ${fieldId} cannot be edited at "${node.name}"` },
      { fieldId, nodeId: node.id },
    );
  }
  if (!finishing) return undefined;
  const edited = { ...record, ...data };
  const permissions = 'fieldPermissions' in node ? (node.fieldPermissions ?? {}) : {};
  for (const [fieldId, permission] of Object.entries(permissions)) {
    if (permission !== 'required' || !isEmptyValue(edited[fieldId])) continue;
    return workflowError(
      'requiredField',
      422,
      { 'zh-CN': `“${node.name}”节点要求填写字段 ${fieldId}`, en: `The field ${fieldId} is required at "${node.name}"` },
      { fieldId, nodeId: node.id },
    );
  }
  for (const validation of node.type === 'approval' ? (node.validations ?? []) : []) {
    let holds: boolean;
    try {
      holds = truthy(evaluateRule(validation.assert, edited, { now: () => now }));
    } catch {
      // A rule that cannot run proves nothing: the record is not let through on it.
      holds = false;
    }
    if (!holds) return workflowError('validationFailed', 422, validation.message, { nodeId: node.id, validationId: validation.id });
  }
  return undefined;
}
