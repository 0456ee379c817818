/**
 * Workflow: the approval state machine. `startInstance` and `advanceWorkflow` take an instance
 * (plain JSON) and return the next one with the host's effects; the org directory, clock and ids
 * come in through the context.
 */
export type * from './WorkflowAction.js';
export type * from './WorkflowContext.js';
export type * from './WorkflowEffects.js';
export type * from './WorkflowInstance.js';
export type * from './WorkflowResult.js';
export type { WorkflowError, WorkflowErrorCode } from './WorkflowError.js';
export { advanceWorkflow } from './advanceWorkflow.js';
export { startInstance, type StartContext, type StartRecord } from './startInstance.js';
export { proposeChange, type ChangeProposal } from './proposeChange.js';
export { diffRecord } from './diffRecord.js';
export { resolveAssignees, type AssigneeScope } from './resolveAssignees.js';
export { fieldPermissionAt } from './fieldPermissionAt.js';
export { viewRecordAt, type NodeRecordView } from './viewRecordAt.js';
export { flowStateOf } from './flowStateOf.js';
export { checkWorkflowPublish } from './checkWorkflowPublish.js';
