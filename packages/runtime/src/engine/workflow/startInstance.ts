import type { WorkflowSchema } from '../documents/workflow/WorkflowSchema.js';
import { checkNodeEdits } from './checkNodeEdits.js';
import { flowInto, onwardFrom } from './flowInto.js';
import { runTransition } from './runTransition.js';
import { TransitionRefused } from './Transition.js';
import type { RecordValues, WorkflowContext } from './WorkflowContext.js';
import type { ProposedChange, WorkflowInstance } from './WorkflowInstance.js';
import type { WorkflowResult } from './WorkflowResult.js';

/** The record a flow starts on. */
export interface StartRecord {
  readonly id: string;
  readonly values: RecordValues;
}

/** What starting needs besides the schema and the record: the version being run, and the host's world. */
export type StartContext = Omit<WorkflowContext, 'schema' | 'record'> & {
  readonly workflowVersion: number;
  /** Set by `proposeChange`: the flow carries a proposed edit, applied when it completes. */
  readonly change?: ProposedChange;
};

/**
 * Submits a record into its workflow: checks the start node's required fields, then moves the
 * flow on to the first nodes that need someone (or straight to the end).
 *
 * @example
 * const result = startInstance(schema, { id: 'r_1', values }, 'u_rep', { workflowVersion: 3, directory, now, newId });
 * if (result.ok) result.effects.flowState; // { status: 'in_progress', nodes: [{ id: 'n_manager', … }], assignees: ['u_manager'] }
 */
export function startInstance(schema: WorkflowSchema, record: StartRecord, initiator: string, context: StartContext): WorkflowResult {
  const now = context.now();
  const empty: WorkflowInstance = {
    id: context.newId('instance'),
    recordId: record.id,
    formId: schema.formId,
    workflowVersion: context.workflowVersion,
    initiator,
    status: 'in_progress',
    startedAt: now,
    revision: 0,
    epoch: 0,
    actedSinceSubmit: false,
    visits: [],
    tasks: [],
    timers: [],
    log: [],
    ...(context.change === undefined ? {} : { change: context.change }),
  };
  return runTransition(empty, { ...context, now: () => now, schema, record: record.values }, (transition) => {
    const start = transition.startNode;
    const fault = checkNodeEdits(start, undefined, record.values, now, true);
    if (fault !== undefined) throw new TransitionRefused(fault);
    const visit = transition.addVisit({ id: context.newId('visit'), nodeId: start.id, state: 'done', arrivedAt: now, closedAt: now, scope: [] });
    if (context.change !== undefined) transition.addLog('changeProposed', { actor: initiator, nodeId: start.id });
    else transition.addLog('submitted', { actor: initiator, nodeId: start.id });
    flowInto(transition, onwardFrom(transition, visit));
  });
}
