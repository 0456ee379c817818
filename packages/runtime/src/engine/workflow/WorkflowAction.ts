import type { RecordValues } from './WorkflowContext.js';

interface ByPerson {
  /** The user acting; the engine checks they may. */
  readonly by: string;
  readonly comment?: string;
}

interface OnTask extends ByPerson {
  readonly taskId: string;
}

/**
 * Everything that can happen to a running instance. People act on their tasks (`taskId`); the
 * initiator withdraws and urges; admins end, reactivate and reassign; the host's scheduler fires
 * timers. `data` carries the field edits made with the action (checked against the node's
 * field permissions).
 */
export type WorkflowAction =
  /** The initiator resubmits a returned record from the start node. */
  | (OnTask & { readonly type: 'submit'; readonly data?: RecordValues })
  /** The initiator keeps edits to a returned record without resubmitting. */
  | (OnTask & { readonly type: 'saveDraft'; readonly data: RecordValues })
  | (OnTask & { readonly type: 'approve'; readonly data?: RecordValues; readonly signature?: string })
  | (OnTask & { readonly type: 'reject'; readonly signature?: string })
  /** To an earlier node: the previous one when `target` is absent. Never to the node itself. */
  | (OnTask & { readonly type: 'return'; readonly target?: string })
  | (OnTask & { readonly type: 'transfer'; readonly to: string })
  | (OnTask & { readonly type: 'addApprover'; readonly users: readonly string[]; readonly position: 'before' | 'after' | 'parallel' })
  | (ByPerson & { readonly type: 'withdraw' })
  | (ByPerson & { readonly type: 'urge' })
  | (ByPerson & { readonly type: 'end' })
  /** Reopens a finished flow at `nodeId`, or where it stopped (the start node if it completed). */
  | (ByPerson & { readonly type: 'reactivate'; readonly nodeId?: string })
  | (OnTask & { readonly type: 'reassign'; readonly to: string })
  | { readonly type: 'timerFired'; readonly timerId: string };

export type WorkflowActionType = WorkflowAction['type'];
