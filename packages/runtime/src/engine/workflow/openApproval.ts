import type { ApprovalNode, DueTime } from '../documents/workflow/WorkflowSchema.js';
import { defaultRuleTimeZone } from '../rules/RuleRuntime.js';
import { instantOf, parseDateValue } from '../rules/dates/DateValue.js';
import { indexDirectory } from './indexDirectory.js';
import { resolveAssignees } from './resolveAssignees.js';
import type { Transition } from './Transition.js';
import type { NodeVisit } from './WorkflowInstance.js';

const hour = 3_600_000;

/**
 * Opens an approval visit: resolves its assignees, passes those who already approved since the
 * last return (when the workflow says so), hands an empty list to the admins or passes the node,
 * opens the tasks (one at a time in sequence mode) and sets the due timer. Returns false when the
 * node passed and the flow should move on.
 */
export function openApproval(transition: Transition, node: ApprovalNode, visit: NodeVisit): boolean {
  const resolved = resolveAssignees(node.assignees, { directory: transition.context.directory, initiator: transition.instance.initiator, record: transition.record });
  let assignees: readonly string[] = resolved;
  if (transition.schema.settings?.skipRepeatedApprover === true) {
    const approved = approvedThisEpoch(transition);
    const repeated = resolved.filter((userId) => approved.has(userId));
    // In 或签 one earlier approval among the assignees decides the node; otherwise each repeated approver is passed.
    assignees = node.mode === 'any' && repeated.length > 0 ? [] : resolved.filter((userId) => !approved.has(userId));
    if (repeated.length > 0) {
      transition.addLog('passed', {
        nodeId: node.id,
        users: repeated,
        reason: { 'zh-CN': '审批人此前已同意，自动通过', en: 'The approver already approved earlier, so passed automatically' },
      });
    }
    if (assignees.length === 0 && repeated.length > 0) return false;
  }
  if (assignees.length === 0) {
    const admins = node.whenNoAssignee === 'autoApprove' ? [] : indexDirectory(transition.context.directory).admins;
    if (admins.length === 0) {
      transition.addLog('passed', {
        nodeId: node.id,
        reason: { 'zh-CN': '节点没有处理人，自动通过', en: 'The node has no assignee, so it passed automatically' },
      });
      return false;
    }
    assignees = admins;
  }
  const [first, ...rest] = assignees;
  const opening = node.mode === 'sequence' ? (first === undefined ? [] : [first]) : assignees;
  if (node.mode === 'sequence') transition.updateVisit(visit.id, { queue: rest });
  for (const userId of opening) transition.openTask(visit, 'approve', userId);
  transition.addLog('arrived', { nodeId: node.id, users: opening });
  const dueAt = node.due === undefined ? undefined : dueTimeOf(node.due, transition);
  if (node.due !== undefined && dueAt !== undefined) transition.setTimer({ visitId: visit.id, nodeId: node.id, kind: node.due.action, dueAt });
  return true;
}

function approvedThisEpoch(transition: Transition): Set<string> {
  const epoch = transition.instance.epoch;
  return new Set(transition.tasks.filter((task) => task.kind === 'approve' && task.outcome === 'approved' && task.epoch === epoch).map((task) => task.assignee));
}

/** Hours after arrival, or after the record's date; no due time when that date is empty or unreadable. */
function dueTimeOf(due: DueTime, transition: Transition): number | undefined {
  const offset = (due.hours ?? 0) * hour;
  if (due.fieldId === undefined) return transition.now + offset;
  const date = parseDateValue(transition.record[due.fieldId]);
  if (date === null) return undefined;
  return instantOf(date, transition.context.timeZone ?? defaultRuleTimeZone) + offset;
}
