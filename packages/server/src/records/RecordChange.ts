/**
 * One field's change in a history entry. `from`/`to` are absent when the field had / has no value.
 * Together with the current data, the changes of every entry give back any earlier version.
 */
export interface RecordChange {
  readonly fieldId: string;
  readonly from?: unknown;
  readonly to?: unknown;
  /** Set on `convert` entries for a value that could not be converted to the field's new type (kept as it was). */
  readonly unconverted?: true;
}

export type RecordAction = 'create' | 'update' | 'delete' | 'restore' | 'convert';

/** One entry of a record's append-only history. */
export interface RecordHistoryEntry {
  readonly recordId: string;
  /** The record's version after this entry. */
  readonly version: number;
  readonly action: RecordAction;
  readonly actorId: string | null;
  readonly actorName?: string | null;
  readonly at: number;
  readonly changes: readonly RecordChange[];
  /** Why, as its author gave it (null or absent: no reason given). */
  readonly reason?: string | null;
  /** An applied change flow: who approved it (the actor proposed it); absent otherwise. */
  readonly approvedBy?: string;
  readonly approverName?: string | null;
}
