import type { AggregateQuery } from '../query/AggregateQuery.js';
import type { FilterPredicate } from '../query/FilterPredicate.js';
import type { RecordCursor } from '../query/RecordCursor.js';
import type { RecordSort } from '../query/RecordSort.js';
import type { RowFilter } from '../permissions/resolveRowFilter.js';
import type { RecordAction, RecordHistoryEntry } from '../records/RecordChange.js';
import type { NewRecord, NewRecordBatch, StoredRecord } from '../records/StoredRecord.js';
import type { CellValue } from '../records/projectValue.js';
import type { ValueColumn } from '../records/ValueColumn.js';

/** The records of one form a read may see. */
export interface RecordSelection {
  readonly formId: string;
  /** The form's value-table columns (see `valueColumnsOf`); missing ones are added first. */
  readonly columns: readonly ValueColumn[];
  readonly scope: RowFilter;
  readonly filter: FilterPredicate | null;
  /** `live` (default everywhere), or `deleted`: the trash. */
  readonly state: 'live' | 'deleted';
}

export interface RecordPageRequest extends RecordSelection {
  readonly sort: RecordSort;
  readonly cursor: RecordCursor | undefined;
  readonly limit: number;
}

export interface RecordPage {
  readonly records: readonly StoredRecord[];
  /** Where the next page starts, or null on the last page. */
  readonly next: RecordCursor | null;
}

/** One group of an aggregate: the group keys and measure values in query order. */
export interface AggregateRow {
  readonly keys: readonly CellValue[];
  readonly values: readonly CellValue[];
}

/** A saved answer to an idempotent submit. */
export interface IdempotentSubmit {
  readonly requestHash: string;
  readonly recordId: string;
  readonly response: unknown;
}

/** What changes when a record's data is replaced. */
export interface RecordDataChange {
  readonly data: StoredRecord['data'];
  readonly formVersion: number;
  readonly updatedBy: string | null;
  readonly updatedAt: number;
}

/**
 * Records and everything stored beside them. Each write keeps the form's value table in step in
 * the same transaction. Synchronous like every store (see `Stores`); call inside
 * `stores.transaction` when several writes must be atomic.
 */
export interface RecordStore {
  insert(record: NewRecord, columns: readonly ValueColumn[]): StoredRecord;
  /**
   * Bulk insert (imports): each record with its value row, the table opened once and nothing
   * read back. Call inside a transaction, once or for several batches. (Creation needs no history
   * entry: see `history`.)
   */
  insertMany(batch: NewRecordBatch, columns: readonly ValueColumn[]): void;
  /** Replaces the data if the record is still at `expectedVersion` (compare-and-set); undefined when it is not. */
  update(id: string, expectedVersion: number, change: RecordDataChange, columns: readonly ValueColumn[]): StoredRecord | undefined;
  /** Soft-deletes or restores, compare-and-set on the version; `at`/`by` become the update time and actor. */
  setDeleted(id: string, expectedVersion: number, change: { readonly deleted: boolean; readonly at: number; readonly by: string }, columns: readonly ValueColumn[]): StoredRecord | undefined;
  findById(id: string): StoredRecord | undefined;
  page(request: RecordPageRequest): RecordPage;
  count(selection: RecordSelection): number;
  aggregate(selection: Omit<RecordSelection, 'filter' | 'state'>, query: AggregateQuery, offsetMinutes: number): { rows: AggregateRow[]; truncated: boolean };
  /** The selected records in submission order, read in batches (for exports). */
  iterate(selection: RecordSelection): Iterable<StoredRecord>;
  /**
   * Puts in place what reading `selection` needs (tables, indexes), so that another, read-only
   * connection — an export worker's — can then run it.
   */
  prepareToRead(selection: RecordSelection): void;
  /** Every record of a form, deleted ones too, in batches (for conversions on publish). */
  iterateForm(formId: string): Iterable<StoredRecord>;
  /** Rewrites the value rows of every record of a form from its data (after a field changed type). */
  rewriteValues(formId: string, columns: readonly ValueColumn[]): void;
  /** Whether a live record other than `exceptId` holds this value in the (indexed) column. */
  hasValue(formId: string, columns: readonly ValueColumn[], fieldId: string, value: CellValue, exceptId: string | null): boolean;
  /** Appends a change (update, delete, restore, convert); a creation is not appended: it is read from the record. */
  appendHistory(entry: RecordHistoryEntry & { readonly action: Exclude<RecordAction, 'create'> }): void;
  /**
   * A record's history, oldest first, with the actors' names. The first entry is its creation
   * (version 1, by its creator), read from the record's own unchangeable creation stamp.
   */
  history(recordId: string): RecordHistoryEntry[];
  /** The next value of a serial counter: `start` the first time, then +1. Never hands out a value twice. */
  nextSerial(formId: string, fieldId: string, period: string, start: number): number;
  findIdempotent(formId: string, userId: string, key: string): IdempotentSubmit | undefined;
  saveIdempotent(formId: string, userId: string, key: string, submit: IdempotentSubmit, at: number): void;
  /** Forgets idempotency answers saved before `before`; returns how many. */
  deleteIdempotentBefore(before: number): number;
}
