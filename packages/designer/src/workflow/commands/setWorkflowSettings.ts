import type { ChangeApproval, WithdrawPolicy } from '@formwork/runtime';
import type { WorkflowCommandContext, WorkflowEdit } from '../WorkflowEdit.js';

/** The flow-wide settings the designer edits; `null` puts one back to its default. */
export interface WorkflowSettingsPatch {
  readonly title?: string;
  readonly withdraw?: WithdrawPolicy | null;
  readonly skipRepeatedApprover?: boolean | null;
  /** Which edits of a completed record go through a change flow: `{}` any, `{ fieldIds }` those touching them; `null` none. */
  readonly changeApproval?: ChangeApproval | null;
}

/**
 * Changes the flow's title or its settings; a setting at its default (`untilActed`, false) is
 * written as no entry, and settings left empty go away. An empty field list for the change
 * approval is refused by the document (minItems 1), so it turns the approval off.
 */
export function setWorkflowSettings(context: WorkflowCommandContext, patch: WorkflowSettingsPatch): WorkflowEdit {
  const { workflow } = context;
  const { withdraw: oldWithdraw, skipRepeatedApprover: oldSkip, changeApproval: oldApproval, ...rest } = workflow.settings ?? {};
  const withdraw = patch.withdraw === undefined ? oldWithdraw : patch.withdraw === 'untilActed' ? undefined : (patch.withdraw ?? undefined);
  const skip = patch.skipRepeatedApprover === undefined ? oldSkip : patch.skipRepeatedApprover === true ? true : undefined;
  const changeApproval = patch.changeApproval === undefined ? oldApproval : changeApprovalOf(patch.changeApproval);
  const settings = {
    ...rest,
    ...(withdraw === undefined ? {} : { withdraw }),
    ...(skip === undefined ? {} : { skipRepeatedApprover: skip }),
    ...(changeApproval === undefined ? {} : { changeApproval }),
  };
  const { settings: _old, ...base } = workflow;
  const title = patch.title === undefined || patch.title.trim() === '' ? workflow.title : patch.title.trim();
  return { ok: true, workflow: { ...base, title, ...(Object.keys(settings).length > 0 ? { settings } : {}) } };
}

function changeApprovalOf(approval: ChangeApproval | null): ChangeApproval | undefined {
  if (approval === null) return undefined;
  if (approval.fieldIds === undefined) return {};
  const fieldIds = [...new Set(approval.fieldIds)];
  return fieldIds.length === 0 ? undefined : { fieldIds };
}
