import type { BoundValue } from '../../../query/FilterPredicate.js';
import type { RecordCursor } from '../../../query/RecordCursor.js';
import type { RecordSort } from '../../../query/RecordSort.js';
import type { SqlFragment } from './SqlFragment.js';
import { queryColumnOf } from '../../sqlColumns/queryColumnOf.js';

/** The parts of a page query the store wraps in its SELECT. */
export interface RecordPageSql {
  /** Conditions after the caller's own (scope, filter, deletion): the cursor's position. */
  readonly after: SqlFragment;
  readonly orderBy: string;
  /** The expression to select as `sort_value`, so the next cursor can be made from the last row. */
  readonly sortValue: string;
}

/**
 * Keyset pagination over a form's value table (aliased `table`, sequence column `rid`): pages
 * stay fast and stable however deep you go, and a record added meanwhile never shifts a page.
 *
 * Order: the sort column, then the sequence number in the same direction. SQLite puts NULLs
 * first ascending and last descending, and the "after" condition follows that.
 */
export function compileRecordPageSql(sort: RecordSort, cursor: RecordCursor | undefined, table: string): RecordPageSql {
  const seq = `${table}.rid`;
  const direction = sort.direction === 'asc' ? 'ASC' : 'DESC';
  if (!sort.field) {
    return {
      after: cursor ? { sql: `${seq} ${sort.direction === 'asc' ? '>' : '<'} ?`, params: [cursor.seq] } : { sql: '1', params: [] },
      orderBy: `${seq} ${direction}`,
      sortValue: 'NULL',
    };
  }
  const column = `${table}.${queryColumnOf(sort.field)}`;
  return {
    after: cursor ? after(column, seq, sort.direction, cursor.value, cursor.seq) : { sql: '1', params: [] },
    orderBy: `${column} ${direction}, ${seq} ${direction}`,
    sortValue: column,
  };
}

function after(column: string, seq: string, direction: 'asc' | 'desc', value: BoundValue | null, last: number): SqlFragment {
  if (direction === 'asc') {
    if (value === null) return { sql: `((${column} IS NULL AND ${seq} > ?) OR ${column} IS NOT NULL)`, params: [last] };
    return { sql: `(${column} > ? OR (${column} = ? AND ${seq} > ?))`, params: [value, value, last] };
  }
  if (value === null) return { sql: `(${column} IS NULL AND ${seq} < ?)`, params: [last] };
  return { sql: `(${column} < ? OR (${column} = ? AND ${seq} < ?) OR ${column} IS NULL)`, params: [value, value, last] };
}
