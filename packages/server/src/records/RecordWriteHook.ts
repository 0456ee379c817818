import type { LocalizedText, RecordData } from '@formwork/runtime';
import type { Stores } from '../storage/Stores.js';
import type { RecordForm } from './RecordForm.js';
import type { StoredRecord } from './StoredRecord.js';

/** A record about to be written, as a write hook sees it: checked by the engine, not yet stored. */
export interface RecordWrite {
  /**
   * The record's id: the stored one for a change, the one a new record will get — null for an
   * import's row that is checked but will not be written (a dry run, an import already failed).
   */
  readonly id: string | null;
  /** The stored record a change replaces; null for a new record (a submit or an import row). */
  readonly before: StoredRecord | null;
  /** The values about to be stored (validated, calculated, serials numbered). */
  readonly data: RecordData;
  /** Why, as the change gives it (trimmed; null: none given — always null for a new record). */
  readonly reason: string | null;
  /** The moment of the write (epoch ms). */
  readonly now: number;
}

/** Why a hook refuses a write: the field at fault and the message, in both languages. */
export interface RecordWriteFault {
  /** The field at fault: `/data/<id>` in a request, its column in an import. */
  readonly fieldId: string;
  readonly code: string;
  readonly message: LocalizedText;
  readonly params?: Readonly<Record<string, unknown>>;
}

/** A hook's answer: refused with its faults, or let through — with the values to write instead, when it stamps something on them. */
export type RecordWriteVerdict = { readonly ok: true; readonly data?: RecordData } | { readonly ok: false; readonly faults: readonly RecordWriteFault[] };

/**
 * Checks one form's writes, in order; it may keep what earlier writes of the same operation
 * wrote (an import's earlier rows are not stored yet when its later rows are checked). Reads go
 * through `stores`: the write's transaction, or — for an import's rows that will not be written
 * (a dry run, a failed import) — the plain stores.
 */
export type RecordWriteCheck = (write: RecordWrite, stores: Stores) => Promise<RecordWriteVerdict>;

/**
 * A feature's rule over the records of the forms it owns, which every write of their values
 * passes, however it comes — a submit, a change through the records API or a batch, an import
 * row, a workflow's edit — so that a rule cannot be got round by taking another way in (the
 * targets' change limit, #13). Deleting and restoring write no values and do not pass here.
 */
export interface RecordWriteHook {
  readonly name: string;
  /**
   * The check for writes to `form`, or undefined when the hook has nothing to say about it —
   * decided from the form alone and cheaply: every write of every form asks.
   */
  checkerFor(form: RecordForm): RecordWriteCheck | undefined;
}
