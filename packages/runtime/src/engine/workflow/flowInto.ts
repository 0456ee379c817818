import type { ApprovalNode, WorkflowEdge } from '../documents/workflow/WorkflowSchema.js';
import { evaluateRule } from '../rules/evaluateRule.js';
import { truthy } from '../rules/values/truthy.js';
import { openApproval } from './openApproval.js';
import { resolveAssignees } from './resolveAssignees.js';
import { TransitionRefused, type Transition } from './Transition.js';
import { workflowError } from './WorkflowError.js';
import type { NodeVisit } from './WorkflowInstance.js';

/** How the flow arrives at a node: the branch it is on and where it came from. */
export interface Arrival {
  readonly nodeId: string;
  readonly scope: readonly string[];
  readonly previousVisitId?: string | undefined;
  /** Set when a return's target is reached again and the returner said `backToReturner`. */
  readonly resumeNodeId?: string | undefined;
}

/** More arrivals than this in one transition means the graph loops through nodes nobody acts on. */
const maxArrivals = 1000;

/**
 * Moves the flow into nodes and on through every node that needs nobody (condition, cc,
 * parallel gateways, passed approvals), until it waits for people or reaches an end; with
 * nothing left active, the flow is complete.
 */
export function flowInto(transition: Transition, arrivals: readonly Arrival[]): void {
  const queue: Arrival[] = [...arrivals];
  for (let arrival = queue.shift(); arrival !== undefined; arrival = queue.shift()) {
    transition.arrivals += 1;
    if (transition.arrivals > maxArrivals) {
      throw new TransitionRefused(
        workflowError('flowLoops', 422, {
          'zh-CN': '流程在无人处理的节点间循环，无法继续',
          en: 'The flow loops through nodes nobody acts on and cannot go on',
        }),
      );
    }
    queue.push(...arrive(transition, arrival));
  }
  if (transition.instance.status === 'in_progress' && transition.activeVisits().length === 0) transition.stop('completed');
}

/** Closes a visit as done and moves the flow on from it. */
export function continueFrom(transition: Transition, visitId: string): void {
  transition.closeVisit(visitId, 'done');
  flowInto(transition, onwardFrom(transition, transition.visit(visitId)));
}

/** Where the flow goes after a visit is done. */
export function onwardFrom(transition: Transition, visit: NodeVisit): Arrival[] {
  const node = transition.node(visit.nodeId);
  const previousVisitId = node.type === 'start' || node.type === 'approval' ? visit.id : visit.previousVisitId;
  if (visit.resumeNodeId !== undefined) return [{ nodeId: visit.resumeNodeId, scope: visit.scope, previousVisitId }];
  const edges = transition.outgoing(visit.nodeId);
  if (node.type === 'parallel' && node.gateway === 'fork') {
    return edges.map((edge, branch) => ({ nodeId: edge.to, scope: [...visit.scope, `${visit.id}:${branch}`], previousVisitId }));
  }
  if (edges.length === 0) return [];
  const edge = pickEdge(transition, edges);
  return [{ nodeId: edge.to, scope: visit.scope, previousVisitId }];
}

/** The first edge whose condition holds (an edge without one always holds), else the default. */
function pickEdge(transition: Transition, edges: readonly WorkflowEdge[]): WorkflowEdge {
  for (const edge of edges) {
    if (edge.default === true) continue;
    if (edge.condition === undefined || holds(transition, edge)) return edge;
  }
  const fallback = edges.find((edge) => edge.default === true);
  if (fallback !== undefined) return fallback;
  const from = transition.node(edges[0]?.from ?? '');
  throw new TransitionRefused(
    workflowError(
      'noBranch',
      422,
      { 'zh-CN': `“${from.name}”没有符合条件的分支，也没有默认分支`, en: `No branch of "${from.name}" applies and it has no default branch` },
      { nodeId: from.id },
    ),
  );
}

function holds(transition: Transition, edge: WorkflowEdge): boolean {
  try {
    return truthy(evaluateRule(edge.condition ?? true, transition.record, { now: () => transition.now, ...(transition.context.timeZone === undefined ? {} : { timeZone: transition.context.timeZone }) }));
  } catch {
    // A broken condition is not a reason to take a branch.
    return false;
  }
}

function newVisit(transition: Transition, arrival: Arrival, extra: Partial<NodeVisit> = {}): NodeVisit {
  return transition.addVisit({
    id: transition.context.newId('visit'),
    nodeId: arrival.nodeId,
    state: 'active',
    arrivedAt: transition.now,
    scope: arrival.scope,
    ...(arrival.previousVisitId === undefined ? {} : { previousVisitId: arrival.previousVisitId }),
    ...(arrival.resumeNodeId === undefined ? {} : { resumeNodeId: arrival.resumeNodeId }),
    ...extra,
  });
}

/** Handles one arrival; returns the arrivals it leads to at once. */
function arrive(transition: Transition, arrival: Arrival): Arrival[] {
  const node = transition.node(arrival.nodeId);
  switch (node.type) {
    case 'start': {
      // Reached again only by a return or a reactivation: the initiator gets the record back.
      const visit = newVisit(transition, arrival);
      transition.openTask(visit, 'submit', transition.instance.initiator);
      transition.notify({ kind: 'returned', to: [transition.instance.initiator], nodeId: node.id });
      return [];
    }
    case 'approval':
      return approvalArrival(transition, node, newVisit(transition, arrival));
    case 'cc': {
      const visit = newVisit(transition, arrival);
      const recipients = resolveAssignees(node.recipients, { directory: transition.context.directory, initiator: transition.instance.initiator, record: transition.record });
      transition.notify({ kind: 'cc', to: recipients, nodeId: node.id });
      transition.addLog('copied', { nodeId: node.id, users: recipients });
      return passThrough(transition, visit);
    }
    case 'condition':
      return passThrough(transition, newVisit(transition, arrival));
    case 'parallel':
      return node.gateway === 'fork' ? passThrough(transition, newVisit(transition, arrival)) : joinArrival(transition, arrival);
    case 'end': {
      const visit = newVisit(transition, arrival);
      transition.updateVisit(visit.id, { state: 'done', closedAt: transition.now });
      return [];
    }
  }
}

function passThrough(transition: Transition, visit: NodeVisit): Arrival[] {
  const done = transition.updateVisit(visit.id, { state: 'done', closedAt: transition.now });
  return onwardFrom(transition, done);
}

/**
 * A join waits for every branch of the fork that opened the arrival's innermost scope; a join
 * reached outside any fork passes straight on.
 */
function joinArrival(transition: Transition, arrival: Arrival): Arrival[] {
  const branch = arrival.scope.at(-1);
  if (branch === undefined) return passThrough(transition, newVisit(transition, arrival));
  const forkVisitId = branch.slice(0, branch.lastIndexOf(':'));
  const outer = arrival.scope.slice(0, -1);
  let join = transition.visits.find((visit) => visit.state === 'active' && visit.nodeId === arrival.nodeId && visit.forkVisitId === forkVisitId);
  if (join === undefined) {
    const expected = transition.outgoing(transition.visit(forkVisitId).nodeId).length;
    join = newVisit(transition, { ...arrival, scope: outer }, { forkVisitId, arrived: 0, expected });
  }
  const arrived = (join.arrived ?? 0) + 1;
  join = transition.updateVisit(join.id, { arrived, ...(arrival.previousVisitId === undefined ? {} : { previousVisitId: arrival.previousVisitId }) });
  if (arrived < (join.expected ?? 0)) return [];
  return passThrough(transition, join);
}

function approvalArrival(transition: Transition, node: ApprovalNode, visit: NodeVisit): Arrival[] {
  const opened = openApproval(transition, node, visit);
  return opened ? [] : passThrough(transition, visit);
}
