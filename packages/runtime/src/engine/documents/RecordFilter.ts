/**
 * Which records a query, a scoring source or a link picker takes: a tree of conditions on field
 * values, the same operators as the server's query API, so it translates to SQL (JSON Logic would
 * not: the server filters in the database, never by loading rows into JavaScript).
 */
export type RecordFilter = { readonly and: readonly RecordFilter[] } | { readonly or: readonly RecordFilter[] } | RecordCondition;

export type FilterOperator = 'eq' | 'ne' | 'in' | 'nin' | 'range' | 'gt' | 'lt' | 'like' | 'empty' | 'not_empty';

export interface RecordCondition {
  /** A field id of the queried form, or a record attribute such as `_createdAt`. */
  readonly field: string;
  readonly op: FilterOperator;
  /**
   * The operand: a list for `in`/`nin`, `[from, to]` for `range` (either end may be `null`),
   * absent for `empty`/`not_empty`, one value otherwise.
   */
  readonly value?: unknown;
}
