import type { QueryField } from './QueryField.js';

/** The order of a record list: one field and a direction; without a field, newest first. */
export interface RecordSort {
  /** Null: submission order (the record's sequence number). */
  readonly field: QueryField | null;
  readonly direction: 'asc' | 'desc';
}

/** Newest first. */
export const defaultRecordSort: RecordSort = { field: null, direction: 'desc' };

/** The key a cursor remembers its sort by, so a cursor is refused under another sort. */
export function sortKeyOf(sort: RecordSort): string {
  return `${sort.field?.id ?? '_seq'}:${sort.direction}`;
}
