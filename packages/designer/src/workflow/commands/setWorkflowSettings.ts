import type { WithdrawPolicy } from '@formwork/runtime';
import type { WorkflowCommandContext, WorkflowEdit } from '../WorkflowEdit.js';

/** The flow-wide settings the designer edits; `null` puts one back to its default. */
export interface WorkflowSettingsPatch {
  readonly title?: string;
  readonly withdraw?: WithdrawPolicy | null;
  readonly skipRepeatedApprover?: boolean | null;
}

/**
 * Changes the flow's title or its settings; a setting at its default (`untilActed`, false) is
 * written as no entry, and settings left empty go away. The change approval is kept as it is.
 */
export function setWorkflowSettings(context: WorkflowCommandContext, patch: WorkflowSettingsPatch): WorkflowEdit {
  const { workflow } = context;
  const { withdraw: oldWithdraw, skipRepeatedApprover: oldSkip, ...rest } = workflow.settings ?? {};
  const withdraw = patch.withdraw === undefined ? oldWithdraw : patch.withdraw === 'untilActed' ? undefined : (patch.withdraw ?? undefined);
  const skip = patch.skipRepeatedApprover === undefined ? oldSkip : patch.skipRepeatedApprover === true ? true : undefined;
  const settings = { ...rest, ...(withdraw === undefined ? {} : { withdraw }), ...(skip === undefined ? {} : { skipRepeatedApprover: skip }) };
  const { settings: _old, ...base } = workflow;
  const title = patch.title === undefined || patch.title.trim() === '' ? workflow.title : patch.title.trim();
  return { ok: true, workflow: { ...base, title, ...(Object.keys(settings).length > 0 ? { settings } : {}) } };
}
