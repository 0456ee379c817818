import type { TimerKind } from '@formwork/runtime';

/** A due time the scheduler must fire (`timerFired`) on the instance: the engine's `WorkflowTimer` and where it belongs. */
export interface FlowTimer {
  readonly id: string;
  readonly instanceId: string;
  readonly recordId: string;
  readonly visitId: string;
  readonly nodeId: string;
  readonly kind: TimerKind;
  readonly dueAt: number;
}

export interface ClaimOptions {
  /**
   * How long a claim keeps the timer from other callers (default 5 minutes). A claimer that dies
   * before firing it loses the claim after this, and the timer is handed out again: the engine
   * refuses a timer fired twice, so the second firing is harmless.
   */
  readonly leaseMs?: number;
}

/**
 * Workflow timers (reminders, auto-approve, auto-return), kept until the transition that fires or
 * cancels them clears them — so a timer that fell due while every server was down fires after
 * the restart.
 *
 * `claimDue` hands each due timer to exactly one caller at a time, across processes: one UPDATE
 * that marks the rows claimed and returns them (SQLite's single writer makes it atomic; on
 * PostgreSQL the rows are picked `FOR UPDATE SKIP LOCKED`, so racing schedulers take disjoint
 * timers and never wait for each other). It walks `flow_timers_due` from the earliest; timers live
 * only until they fire, so the table stays small.
 */
export interface FlowTimerStore {
  /** Sets the timers, or moves those with the same id (a moved timer is unclaimed). */
  set(timers: readonly FlowTimer[]): Promise<void>;
  /** Clears timers by id (fired, or cancelled by a transition); unknown ids are ignored. */
  clear(ids: readonly string[]): Promise<void>;
  /** Up to `limit` timers due at `now` and not claimed by anyone else, earliest first, now claimed by the caller. */
  claimDue(now: number, limit: number, options?: ClaimOptions): Promise<FlowTimer[]>;
  /** When the earliest timer falls due (claimed or not), for a scheduler deciding how long to sleep. */
  nextDueAt(): Promise<number | undefined>;
  /** An instance's pending timers, earliest first. */
  listByInstance(instanceId: string): Promise<FlowTimer[]>;
}
