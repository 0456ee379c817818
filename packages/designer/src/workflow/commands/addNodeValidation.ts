import type { NodeValidation } from '@formwork/runtime';
import { fillText } from '../../i18n/fillText.js';
import { workflowMessages as m } from '../../i18n/workflowMessages.js';
import type { WorkflowCommandContext, WorkflowEdit } from '../WorkflowEdit.js';

/**
 * Adds a check to an approval node: a condition that always holds until it is set, with a message
 * in both languages (the document needs both). Answers the check's id.
 */
export function addNodeValidation(context: WorkflowCommandContext, nodeId: string): WorkflowEdit {
  const { workflow, createId } = context;
  const node = workflow.nodes.find((candidate) => candidate.id === nodeId);
  if (!node) return { ok: false, reason: fillText(m.nodeNotFound, { id: nodeId }) };
  if (node.type !== 'approval') return { ok: false, reason: fillText(m.notApproval, { name: node.name }) };
  const validation: NodeValidation = { id: createId('v'), assert: true, message: m.defaultValidationMessage };
  const changed = { ...node, validations: [...(node.validations ?? []), validation] };
  return { ok: true, id: validation.id, workflow: { ...workflow, nodes: workflow.nodes.map((candidate) => (candidate.id === nodeId ? changed : candidate)) } };
}
