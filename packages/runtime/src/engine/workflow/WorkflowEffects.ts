import type { LocalizedText } from '../i18n/Locale.js';
import type { RecordValues } from './WorkflowContext.js';
import type { ChangeDiff, FlowStatus, WorkflowLogEntry, WorkflowTask, WorkflowTimer } from './WorkflowInstance.js';

/** Where a record is now: for the record list, the record page and the submit answer. */
export interface FlowState {
  readonly status: FlowStatus;
  /** The nodes with open work, in the order they were reached. */
  readonly nodes: readonly { readonly id: string; readonly name: string }[];
  /** Who holds an open task now, deduplicated. */
  readonly assignees: readonly string[];
}

export type NoticeKind = 'task' | 'returned' | 'cc' | 'urge' | 'remind' | 'finished';

/** A message for people, for the host's notifications and outbox. */
export interface WorkflowNotice {
  readonly kind: NoticeKind;
  readonly to: readonly string[];
  readonly nodeId?: string;
  readonly taskId?: string;
  /** For `finished`: how it finished. */
  readonly status?: FlowStatus;
  readonly message?: LocalizedText;
}

/**
 * What the host must do after a transition, as data, applied in one transaction: open and close
 * these tasks (its inbox mirrors them), send these notices, set and clear these timers, write the
 * record's flow state and these log entries, and write `recordUpdate` (the action's permitted
 * edits) or, when a change flow completes, `applyChange` to the record.
 */
export interface WorkflowEffects {
  readonly openTasks: readonly WorkflowTask[];
  /** Tasks closed by this transition, as they are now (with outcome and time). */
  readonly closeTasks: readonly WorkflowTask[];
  readonly notices: readonly WorkflowNotice[];
  readonly setTimers: readonly WorkflowTimer[];
  readonly clearTimers: readonly string[];
  readonly flowState: FlowState;
  readonly log: readonly WorkflowLogEntry[];
  readonly recordUpdate?: RecordValues;
  readonly applyChange?: ChangeDiff;
}
