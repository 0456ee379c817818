import type { LocalizedText, LogAction } from '@formwork/runtime';

/** One line of a record's workflow timeline, as the engine logged it, with where it belongs. */
export interface FlowLogEntry {
  readonly instanceId: string;
  readonly recordId: string;
  /** The engine's own numbering within the instance (`WorkflowLogEntry.seq`). */
  readonly seq: number;
  readonly at: number;
  readonly action: LogAction;
  /** Who acted; null for the system (a timer, a pass). */
  readonly actor: string | null;
  readonly nodeId: string | null;
  readonly taskId: string | null;
  readonly comment: string | null;
  /** The uploaded file holding a handwritten signature. */
  readonly signatureFileId: string | null;
  /** Who else is concerned: the transferee, the added approvers, the copied, the passed. */
  readonly users: readonly string[];
  readonly targetNodeId: string | null;
  readonly reason: LocalizedText | null;
}

/**
 * The workflow log, append-only (the database refuses UPDATE and DELETE, as for form versions):
 * the timeline of a record across all its flows. It outlives a deleted record (records are only
 * ever deleted softly) and is never rewritten when an instance is.
 *
 * Each entry is unique by (instance, seq): appending the same transition twice fails rather than
 * duplicate the timeline — the instance's compare-and-set makes sure only the winner appends.
 */
export interface FlowLogStore {
  append(entries: readonly FlowLogEntry[]): Promise<void>;
  /** The record's timeline, oldest first, across every instance it ran through. */
  listByRecord(recordId: string): Promise<FlowLogEntry[]>;
}
