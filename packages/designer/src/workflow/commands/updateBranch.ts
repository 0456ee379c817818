import type { RuleLogic } from '@formwork/runtime';
import { fillText } from '../../i18n/fillText.js';
import { workflowMessages as m } from '../../i18n/workflowMessages.js';
import type { WorkflowCommandContext, WorkflowEdit } from '../WorkflowEdit.js';

/** A branch's name and condition; a `null` condition takes it away (the branch then always applies). */
export interface BranchPatch {
  readonly name?: string;
  readonly condition?: RuleLogic | null;
}

/** Renames a branch or sets its condition. The default branch has no condition. */
export function updateBranch(context: WorkflowCommandContext, edgeId: string, patch: BranchPatch): WorkflowEdit {
  const { workflow } = context;
  const edge = workflow.edges.find((candidate) => candidate.id === edgeId);
  if (!edge) return { ok: false, reason: fillText(m.branchNotFound, { id: edgeId }) };
  if (edge.default === true && patch.condition !== undefined && patch.condition !== null) return { ok: false, reason: m.keepDefaultBranch };
  let next = patch.name === undefined ? edge : { ...edge, name: patch.name.trim() };
  if (patch.condition === null) {
    const { condition: _removed, ...rest } = next;
    next = rest;
  } else if (patch.condition !== undefined) {
    next = { ...next, condition: patch.condition };
  }
  return { ok: true, workflow: { ...workflow, edges: workflow.edges.map((candidate) => (candidate.id === edgeId ? next : candidate)) } };
}
