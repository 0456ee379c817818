import { flowInto } from './flowInto.js';
import { TransitionRefused, type Transition } from './Transition.js';
import { workflowError } from './WorkflowError.js';
import type { NodeVisit } from './WorkflowInstance.js';

const startsWith = (scope: readonly string[], prefix: readonly string[]): boolean => prefix.every((part, index) => scope[index] === part);
const sameScope = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && startsWith(a, b);

/**
 * The earlier visits a record at `visit` may be returned to, latest first, one per node: with
 * the node's `returnTo: 'previous'` only the start/approval node the flow came from; otherwise any
 * start or approval node done before, on the same parallel branch or outside the fork. Never the
 * node itself.
 */
export function returnTargetsOf(transition: Transition, visit: NodeVisit, anyEarlier = false): NodeVisit[] {
  const node = transition.node(visit.nodeId);
  if (node.type === 'approval' && node.returnTo === 'previous' && !anyEarlier) {
    const previous = visit.previousVisitId === undefined ? undefined : transition.visits.find((candidate) => candidate.id === visit.previousVisitId);
    return previous === undefined || previous.nodeId === visit.nodeId || !startsWith(visit.scope, previous.scope) ? [] : [previous];
  }
  const position = transition.visits.indexOf(visit);
  const targets: NodeVisit[] = [];
  for (const candidate of transition.visits.slice(0, position).reverse()) {
    const type = transition.hasNode(candidate.nodeId) ? transition.node(candidate.nodeId).type : undefined;
    if (candidate.state !== 'done' || (type !== 'start' && type !== 'approval')) continue;
    if (candidate.nodeId === visit.nodeId || targets.some((target) => target.nodeId === candidate.nodeId)) continue;
    if (startsWith(visit.scope, candidate.scope)) targets.push(candidate);
  }
  return targets;
}

/**
 * Sends a record back from `visit` to an earlier node (`target`, else the previous one). Every
 * pending task of the visit is cancelled (a 会签's other approvers too), so is every other active
 * visit inside the target's branch; the target is entered afresh, so a 会签 target reopens for all
 * its assignees. Approvals before a return no longer count as repeated.
 */
export function returnRecord(
  transition: Transition,
  visit: NodeVisit,
  target: string | undefined,
  log: { readonly actor?: string; readonly taskId?: string; readonly comment?: string | undefined; readonly automatic?: boolean },
  /** A rejection that returns, and a timer's auto-return, go to the start whatever `returnTo` says. */
  anyEarlier = false,
): void {
  if (target === visit.nodeId) {
    throw new TransitionRefused(
      workflowError(
        'returnToSelf',
        422,
        { 'zh-CN': '不能退回到当前节点自身', en: 'A record cannot be returned to the node it is at' },
        { nodeId: target },
      ),
    );
  }
  const targets = returnTargetsOf(transition, visit, anyEarlier);
  const chosen = target === undefined ? (targets.find((candidate) => candidate.id === visit.previousVisitId) ?? targets[0]) : targets.find((candidate) => candidate.nodeId === target);
  if (chosen === undefined) {
    const name = target !== undefined && transition.hasNode(target) ? transition.node(target).name : (target ?? '');
    throw new TransitionRefused(
      workflowError(
        'invalidReturnTarget',
        422,
        target === undefined
          ? { 'zh-CN': '没有可退回的上一节点', en: 'There is no earlier node to return to' }
          : { 'zh-CN': `不能退回到“${name}”：只能退回到此前已处理的节点`, en: `Cannot return to "${name}": only nodes the record has passed can be chosen` },
        target === undefined ? {} : { nodeId: target },
      ),
    );
  }
  if (log.taskId !== undefined) transition.closeTask(log.taskId, 'returned', { comment: log.comment });
  transition.instance.epoch += 1;
  transition.instance.actedSinceSubmit = true;
  for (const active of transition.activeVisits()) {
    if (startsWith(active.scope, chosen.scope)) transition.closeVisit(active.id, 'cancelled');
  }
  const returner = transition.node(visit.nodeId);
  const jumpBack = returner.type === 'approval' && returner.afterReturn === 'backToReturner' && sameScope(visit.scope, chosen.scope);
  transition.addLog(log.automatic === true ? 'autoReturned' : 'returned', {
    ...(log.actor === undefined ? {} : { actor: log.actor }),
    nodeId: visit.nodeId,
    ...(log.taskId === undefined ? {} : { taskId: log.taskId }),
    ...(log.comment === undefined ? {} : { comment: log.comment }),
    targetNodeId: chosen.nodeId,
  });
  flowInto(transition, [
    { nodeId: chosen.nodeId, scope: chosen.scope, previousVisitId: chosen.previousVisitId, resumeNodeId: jumpBack ? visit.nodeId : undefined },
  ]);
}
