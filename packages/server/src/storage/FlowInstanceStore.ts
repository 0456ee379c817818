import type { FlowState, FlowStatus, WorkflowInstance } from '@formwork/runtime';

/** A stored workflow instance: the engine's JSON as it was saved, and where the record stands. */
export interface StoredFlowInstance {
  readonly instance: WorkflowInstance;
  /** The record's flow state after the last transition (the engine's `effects.flowState`). */
  readonly flowState: FlowState;
  readonly updatedAt: number;
}

/**
 * What an instance is for: the record's own approval flow (`record`), or a change flow started on
 * the completed record to approve an edit (`change`). Told by the instance's `change` when stored.
 */
export type FlowPurpose = 'record' | 'change';

/** An instance as lists show it: who started it, when, and where the record stands now. */
export interface FlowInstanceSummary {
  readonly id: string;
  readonly recordId: string;
  readonly formId: string;
  /** The workflow version the flow runs on (its nodes and their field permissions). */
  readonly workflowVersion: number;
  readonly initiator: string;
  readonly status: FlowStatus;
  readonly flowState: FlowState;
  readonly startedAt: number;
  readonly finishedAt: number | null;
}

/**
 * Workflow instances, one live (`in_progress`) per record: the engine's instance is kept whole as
 * JSON (the store never looks inside it beyond the fields it indexes), with its id, record, form,
 * initiator, status and revision in columns.
 *
 * Concurrency: a transition reads the instance, runs the engine, and `save`s the next one only if
 * the stored revision is still the one it read — two people acting at once both read revision n,
 * and exactly one `save` finds n (the other gets false and answers 409). On PostgreSQL the losing
 * UPDATE waits for the winner's row lock and re-checks the revision against the committed row, so
 * this holds across processes at READ COMMITTED. A second live instance for one record is refused
 * by a unique index over the live ones (`create` answers false).
 *
 * Indexes: `flow_instances_live` (the one live instance), `flow_instances_record` (`findByRecord`,
 * `summariesOf`); the initiated box reads `flow_instances_initiator[_form]` (see TaskStore).
 */
export interface FlowInstanceStore {
  /**
   * Stores a newly started instance. False (nothing written) when the record already has a live
   * instance: a record runs through one flow at a time.
   */
  create(instance: WorkflowInstance, flowState: FlowState, now: number): Promise<boolean>;
  findById(id: string): Promise<StoredFlowInstance | undefined>;
  /**
   * Among the record's instances of `purpose` (`any`: all of them), the live one, or else the one
   * started last. The default is the record's own flow: a change flow that came after it stands
   * for the record's pending change or its history, never for where the record stands.
   */
  findByRecord(recordId: string, purpose?: FlowPurpose | 'any'): Promise<StoredFlowInstance | undefined>;
  /**
   * Compare-and-set: writes `instance` (whose `revision` the engine has moved on) when the stored
   * revision is still `expectedRevision`. False when someone else's transition came first, or the
   * instance does not exist.
   */
  save(instance: WorkflowInstance, flowState: FlowState, expectedRevision: number, now: number): Promise<boolean>;
  /** For record lists: each record's own flow (as `findByRecord` picks it by default); records without one are absent. */
  summariesOf(recordIds: readonly string[]): Promise<ReadonlyMap<string, FlowInstanceSummary>>;
}
