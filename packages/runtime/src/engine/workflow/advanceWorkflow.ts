import { actOnFlow, type FlowAction } from './actOnFlow.js';
import { actionableTask, actOnTask, type TaskAction } from './actOnTask.js';
import { runTransition } from './runTransition.js';
import type { WorkflowAction } from './WorkflowAction.js';
import type { WorkflowContext } from './WorkflowContext.js';
import type { WorkflowInstance } from './WorkflowInstance.js';
import type { WorkflowResult } from './WorkflowResult.js';

const isTaskAction = (action: WorkflowAction): action is TaskAction => 'taskId' in action;

/**
 * The workflow state machine: applies one action to an instance and returns the next instance
 * with what the host must do (tasks to open and close, notices, timers, the flow state, log
 * entries, record edits), or a typed refusal with the HTTP status to answer. Pure: the schema
 * version, the record, the org directory, the clock and ids all come in through `context`.
 *
 * @example
 * const result = advanceWorkflow(instance, { type: 'approve', taskId, by: 'u_manager', comment: '同意' }, context);
 * if (!result.ok) throw new HttpError(result.error.status, result.error.code, result.error.message);
 * store.save(result.instance, result.effects);
 */
export function advanceWorkflow(instance: WorkflowInstance, action: WorkflowAction, context: WorkflowContext): WorkflowResult {
  return runTransition(instance, context, (transition) => {
    if (isTaskAction(action)) actOnTask(transition, action, actionableTask(transition, action));
    else actOnFlow(transition, action as FlowAction);
  });
}
