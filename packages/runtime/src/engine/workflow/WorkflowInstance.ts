import type { LocalizedText } from '../i18n/Locale.js';

/** Where a record stands in its flow. Only `in_progress` has open tasks or pending timers. */
export type FlowStatus = 'in_progress' | 'completed' | 'rejected' | 'ended' | 'withdrawn';

/** One arrival of the flow at a node. A node reached again (after a return) gets a new visit. */
export interface NodeVisit {
  readonly id: string;
  readonly nodeId: string;
  readonly state: 'active' | 'done' | 'cancelled';
  readonly arrivedAt: number;
  readonly closedAt?: number;
  /** Enclosing parallel forks, innermost last: `forkVisitId:branchIndex`. Empty outside any fork. */
  readonly scope: readonly string[];
  /** The last start/approval visit the flow came from: where "return to previous" goes. */
  readonly previousVisitId?: string;
  /** Sequence mode (依次): assignees still to be asked, in order. */
  readonly queue?: readonly string[];
  /** A join: the fork visit whose branches it gathers, how many have arrived, of how many. */
  readonly forkVisitId?: string;
  readonly arrived?: number;
  readonly expected?: number;
  /** Set on a visit made by a return whose returning node said `backToReturner`: where to go when done. */
  readonly resumeNodeId?: string;
}

export type TaskKind = 'submit' | 'approve';

export type TaskOutcome =
  | 'submitted'
  | 'approved'
  | 'rejected'
  | 'returned'
  | 'transferred'
  | 'reassigned'
  | 'autoApproved'
  | 'cancelled';

/** A person's to-do at a visit. Open and `waiting` tasks are the instance's pending work. */
export interface WorkflowTask {
  readonly id: string;
  readonly visitId: string;
  readonly nodeId: string;
  readonly kind: TaskKind;
  readonly assignee: string;
  /** `waiting`: added approvers were put before this task; it opens when they have all approved. */
  readonly state: 'open' | 'waiting' | 'done' | 'cancelled';
  /** Resolved from the node's assignees (or handed on from one that was); added approvers are not. */
  readonly base: boolean;
  /** The task whose holder added this one, and where. */
  readonly addedBy?: { readonly taskId: string; readonly position: 'before' | 'after' | 'parallel' };
  /** Counts returns so far: "pass a repeated approver" looks only at approvals of the current epoch. */
  readonly epoch: number;
  readonly openedAt: number;
  readonly closedAt?: number;
  readonly outcome?: TaskOutcome;
  readonly comment?: string;
  readonly signature?: string;
}

export type TimerKind = 'remind' | 'autoApprove' | 'autoReturn';

/** A due time the host must fire (with `timerFired`) at `dueAt`, once. */
export interface WorkflowTimer {
  readonly id: string;
  readonly visitId: string;
  readonly nodeId: string;
  readonly kind: TimerKind;
  readonly dueAt: number;
}

/** A proposed edit of a completed record: field id → before and after (null for empty). */
export type ChangeDiff = Readonly<Record<string, { readonly before: unknown; readonly after: unknown }>>;

/** An edit of a completed record held by a change flow: who proposed it, what it changes, and why (the host's change reason, kept for the history). */
export interface ProposedChange {
  readonly proposedBy: string;
  readonly diff: ChangeDiff;
  readonly reason?: string;
}

export type LogAction =
  | 'submitted'
  | 'resubmitted'
  | 'draftSaved'
  | 'arrived'
  | 'approved'
  | 'rejected'
  | 'returned'
  | 'transferred'
  | 'approverAdded'
  | 'withdrawn'
  | 'urged'
  | 'ended'
  | 'reactivated'
  | 'reassigned'
  | 'reminded'
  | 'autoApproved'
  | 'autoReturned'
  | 'passed'
  | 'copied'
  | 'completed'
  | 'changeProposed'
  | 'changeApplied';

/** One line of the timeline: who did what where, and why. `actor` is absent for the system. */
export interface WorkflowLogEntry {
  readonly seq: number;
  readonly at: number;
  readonly action: LogAction;
  readonly actor?: string;
  readonly nodeId?: string;
  readonly taskId?: string;
  readonly comment?: string;
  readonly signature?: string;
  /** Who else is concerned: the transferee, the added approvers, the copied, the passed. */
  readonly users?: readonly string[];
  /** For returns and reactivation: the node the record went to. */
  readonly targetNodeId?: string;
  /** Why the system acted, in both languages (a pass, an empty assignee list). */
  readonly reason?: LocalizedText;
}

/**
 * A record's run through one workflow version. Plain JSON: the host stores it as it is, and
 * passes it back with the next action. Tasks, visits and the log are kept whole (closed ones too):
 * they are the history the timeline and the repeated-approver rule read.
 */
export interface WorkflowInstance {
  readonly id: string;
  readonly recordId: string;
  readonly formId: string;
  /** The version of the workflow this instance runs on; the host passes that schema in the context. */
  readonly workflowVersion: number;
  readonly initiator: string;
  readonly status: FlowStatus;
  readonly startedAt: number;
  readonly finishedAt?: number;
  /** Bumped by every transition: the host's optimistic-concurrency check. */
  readonly revision: number;
  /** Bumped by every return. */
  readonly epoch: number;
  /** Whether an approver has acted since the last submit (the `untilActed` withdraw policy). */
  readonly actedSinceSubmit: boolean;
  readonly visits: readonly NodeVisit[];
  readonly tasks: readonly WorkflowTask[];
  readonly timers: readonly WorkflowTimer[];
  readonly log: readonly WorkflowLogEntry[];
  /** Nodes that were active when the flow stopped: where `reactivate` resumes by default. */
  readonly stoppedAt?: readonly string[];
  /** Set on a change flow: the edit that is applied to the record when the flow completes. */
  readonly change?: ProposedChange;
}
