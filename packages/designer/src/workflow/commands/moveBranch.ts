import { fillText } from '../../i18n/fillText.js';
import { workflowMessages as m } from '../../i18n/workflowMessages.js';
import type { WorkflowCommandContext, WorkflowEdit } from '../WorkflowEdit.js';

/**
 * Moves a condition branch one place earlier (`-1`) or later (`1`) among its gateway's branches:
 * the engine takes the first branch whose condition holds, so the order is the priority. The
 * default branch is not moved and nothing moves past it.
 */
export function moveBranch(context: WorkflowCommandContext, edgeId: string, step: -1 | 1): WorkflowEdit {
  const { workflow } = context;
  const edge = workflow.edges.find((candidate) => candidate.id === edgeId);
  if (!edge) return { ok: false, reason: fillText(m.branchNotFound, { id: edgeId }) };
  if (edge.default === true) return { ok: false, reason: m.keepDefaultLast };
  const siblings = workflow.edges.map((candidate, index) => ({ candidate, index })).filter(({ candidate }) => candidate.from === edge.from && candidate.default !== true);
  const at = siblings.findIndex(({ candidate }) => candidate.id === edgeId);
  const other = siblings[at + step];
  const self = siblings[at];
  if (!other || !self) return { ok: false, reason: step < 0 ? m.alreadyFirst : m.alreadyLast };
  const edges = [...workflow.edges];
  edges[self.index] = other.candidate;
  edges[other.index] = self.candidate;
  return { ok: true, workflow: { ...workflow, edges } };
}
