import type { BoundValue } from '../../../query/FilterPredicate.js';
import type { CellValue } from '../../../records/projectValue.js';

/** What an aggregate reader thread is started with: the database file it opens read-only. */
export interface AggregateReaderInput {
  readonly file: string;
}

/** To a reader: run one statement (its rows raw, as arrays), or close the connection and end. */
export type AggregateReaderRequest =
  | { readonly kind: 'read'; readonly id: number; readonly sql: string; readonly params: readonly BoundValue[] }
  | { readonly kind: 'close' };

/** From a reader: the rows of statement `id`, or why it failed (SQLite's message and code). */
export type AggregateReaderAnswer =
  | { readonly id: number; readonly rows: CellValue[][] }
  | { readonly id: number; readonly error: { readonly message: string; readonly code: string | null } };
