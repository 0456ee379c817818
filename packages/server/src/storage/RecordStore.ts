import type { AggregateQuery } from '../query/AggregateQuery.js';
import type { FilterPredicate } from '../query/FilterPredicate.js';
import type { RecordCursor } from '../query/RecordCursor.js';
import type { RecordSort } from '../query/RecordSort.js';
import type { RowFilter } from '../permissions/resolveRowFilter.js';
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

/** The records an aggregate reads: a form, its columns and a row scope. */
export type AggregateSelection = Omit<RecordSelection, 'filter' | 'state'>;

/** What an aggregate answers: its groups, and whether they were cut at the query's limit. */
export interface AggregateResult {
  readonly rows: AggregateRow[];
  readonly truncated: boolean;
}

/** One of the aggregates `RecordStore.aggregateMany` is asked for. */
export interface AggregateAsk {
  readonly selection: AggregateSelection;
  readonly query: AggregateQuery;
}

/** What changes when a record's data is replaced. */
export interface RecordDataChange {
  readonly data: StoredRecord['data'];
  readonly formVersion: number;
  readonly updatedBy: string | null;
  readonly updatedAt: number;
}

/**
 * A form's records, spoken of in form ids, field ids and values. How they are laid out (value
 * tables, encodings, cursors, bulk paths) is the adapter's business. Call inside
 * `stores.transaction` when several writes must be atomic.
 */
export interface RecordStore {
  insert(record: NewRecord, columns: readonly ValueColumn[]): Promise<StoredRecord>;
  /**
   * Bulk insert (imports): each record with its value row, the table opened once and nothing
   * read back. Call inside a transaction, once or for several batches. (Creation needs no history
   * entry: see `history`.)
   */
  insertMany(batch: NewRecordBatch, columns: readonly ValueColumn[]): Promise<void>;
  /** Replaces the data if the record is still at `expectedVersion` (compare-and-set); undefined when it is not. */
  update(id: string, expectedVersion: number, change: RecordDataChange, columns: readonly ValueColumn[]): Promise<StoredRecord | undefined>;
  /** Soft-deletes or restores, compare-and-set on the version; `at`/`by` become the update time and actor. */
  setDeleted(id: string, expectedVersion: number, change: { readonly deleted: boolean; readonly at: number; readonly by: string }, columns: readonly ValueColumn[]): Promise<StoredRecord | undefined>;
  findById(id: string): Promise<StoredRecord | undefined>;
  /** The records of these ids that exist (deleted ones too), in no particular order: one query for a page of them. */
  findByIds(ids: readonly string[]): Promise<StoredRecord[]>;
  page(request: RecordPageRequest): Promise<RecordPage>;
  count(selection: RecordSelection): Promise<number>;
  aggregate(selection: AggregateSelection, query: AggregateQuery, offsetMinutes: number): Promise<AggregateResult>;
  /**
   * Several aggregates asked together (a dashboard's scans), in the order asked: each answered
   * exactly as `aggregate` answers it alone, or with the error it failed with while the others
   * still answer. How is the adapter's business — side by side where the database can read in
   * parallel, one after another otherwise. Each is a statement of its own, so two of them may
   * see the records a write apart, as two `aggregate` calls may; each sees every write that
   * finished before the call.
   */
  aggregateMany(asks: readonly AggregateAsk[], offsetMinutes: number): Promise<PromiseSettledResult<AggregateResult>[]>;
  /** The selected records in submission order, read in batches (for exports). */
  iterate(selection: RecordSelection): AsyncIterable<StoredRecord>;
  /**
   * Puts in place what reading `selection` needs (tables, indexes), so that another, read-only
   * connection — an export worker's — can then run it.
   */
  prepareToRead(selection: RecordSelection): Promise<void>;
  /** Every record of a form, deleted ones too, in batches (for conversions on publish). */
  iterateForm(formId: string): AsyncIterable<StoredRecord>;
  /** Rewrites the value rows of every record of a form from its data (after a field changed type). */
  rewriteValues(formId: string, columns: readonly ValueColumn[]): Promise<void>;
  /**
   * A number per form that grows with every write to its records (insert, import batch, update,
   * delete, restore) — 0 for a form never written — so a cache of data computed from them can
   * tell with one indexed read whether it is still current, also when another process wrote. Each
   * write bumps it in the same statement or transaction as the records, so a stamp read and then
   * the data read after it can only be newer than the stamp, never older.
   */
  writeStamps(formIds: readonly string[]): Promise<ReadonlyMap<string, number>>;
  /** Whether a live record other than `exceptId` holds this value in the (indexed) column. */
  hasValue(formId: string, columns: readonly ValueColumn[], fieldId: string, value: CellValue, exceptId: string | null): Promise<boolean>;
}
