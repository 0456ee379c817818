import type { ApprovalMode, ApprovalNode, Assignee, DueTime, FieldPermissions, NodeValidation, OptionalNodeAction, WorkflowNode } from '@formwork/runtime';
import { fillText } from '../../i18n/fillText.js';
import { workflowMessages as m } from '../../i18n/workflowMessages.js';
import type { WorkflowCommandContext, WorkflowEdit } from '../WorkflowEdit.js';

/** Settings of a node to change; `null` removes an optional one. Settings the node's type lacks are ignored. */
export interface NodePatch {
  readonly name?: string;
  readonly mode?: ApprovalMode;
  /** The approvers of an approval node, or the recipients of a cc node. */
  readonly people?: readonly Assignee[];
  readonly fieldPermissions?: FieldPermissions | null;
  readonly due?: DueTime | null;
  readonly actions?: readonly OptionalNodeAction[] | null;
  /** The checks an approval node makes on approve (see `addNodeValidation` for a new one). */
  readonly validations?: readonly NodeValidation[] | null;
  readonly onReject?: ApprovalNode['onReject'] | null;
  readonly whenNoAssignee?: ApprovalNode['whenNoAssignee'] | null;
  readonly signatureRequired?: boolean | null;
  readonly returnTo?: ApprovalNode['returnTo'] | null;
  readonly afterReturn?: ApprovalNode['afterReturn'] | null;
}

/**
 * Changes a node's settings in one undo step.
 *
 * @example
 * updateNode(context, 'n_2', { name: '经理审批', mode: 'all' })
 */
export function updateNode(context: WorkflowCommandContext, nodeId: string, patch: NodePatch): WorkflowEdit {
  const { workflow } = context;
  const node = workflow.nodes.find((candidate) => candidate.id === nodeId);
  if (!node) return { ok: false, reason: fillText(m.nodeNotFound, { id: nodeId }) };
  if (patch.name !== undefined && patch.name.trim() === '') return { ok: false, reason: m.emptyName };
  const changed = patchNode(node, patch);
  return { ok: true, workflow: { ...workflow, nodes: workflow.nodes.map((candidate) => (candidate.id === nodeId ? changed : candidate)) } };
}

function patchNode(node: WorkflowNode, patch: NodePatch): WorkflowNode {
  const named = patch.name === undefined ? node : { ...node, name: patch.name.trim() };
  const optional = <T extends object, K extends string, V>(target: T, key: K, value: V | null | undefined): T => {
    if (value === undefined) return target;
    const { [key]: _dropped, ...rest } = target as Record<string, unknown>;
    return (value === null ? rest : { ...rest, [key]: value }) as T;
  };
  switch (named.type) {
    case 'approval': {
      let next = named;
      if (patch.mode !== undefined) next = { ...next, mode: patch.mode };
      if (patch.people !== undefined) next = { ...next, assignees: patch.people };
      next = optional(next, 'fieldPermissions', patch.fieldPermissions);
      next = optional(next, 'due', patch.due);
      next = optional(next, 'validations', patch.validations?.length === 0 ? null : patch.validations);
      // Defaults are written as no entry: 'end', 'toAdmin', false, 'chosen', 'flowForward'.
      next = optional(next, 'onReject', patch.onReject === 'end' ? null : patch.onReject);
      next = optional(next, 'whenNoAssignee', patch.whenNoAssignee === 'toAdmin' ? null : patch.whenNoAssignee);
      next = optional(next, 'signatureRequired', patch.signatureRequired === false ? null : patch.signatureRequired);
      next = optional(next, 'returnTo', patch.returnTo === 'chosen' ? null : patch.returnTo);
      next = optional(next, 'afterReturn', patch.afterReturn === 'flowForward' ? null : patch.afterReturn);
      return optional(next, 'actions', patch.actions);
    }
    case 'cc': {
      const next = patch.people === undefined ? named : { ...named, recipients: patch.people };
      return optional(next, 'fieldPermissions', patch.fieldPermissions);
    }
    case 'start':
      return optional(named, 'fieldPermissions', patch.fieldPermissions);
    default:
      return named;
  }
}
