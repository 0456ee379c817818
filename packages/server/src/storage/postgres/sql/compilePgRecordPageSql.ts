import type { BoundValue } from '../../../query/FilterPredicate.js';
import type { QueryField } from '../../../query/QueryField.js';
import type { RecordCursor } from '../../../query/RecordCursor.js';
import type { RecordSort } from '../../../query/RecordSort.js';
import { pgRaw, pgSql, type PgFragment } from './PgFragment.js';
import { compareValueSql, directed, orderTermsOf } from './pgValueSql.js';
import { queryColumnOf } from '../../sqlColumns/queryColumnOf.js';

/** The parts of a page query the PostgreSQL record store wraps in its SELECT. */
export interface PgRecordPageSql {
  /** Conditions after the caller's own (scope, filter, deletion): the cursor's position. */
  readonly after: PgFragment;
  readonly orderBy: string;
  /**
   * The expression to select as `sort_value`; what it returns is the next cursor's `value` as is
   * (a number, a text or null: never NaN, which JSON cannot carry — a number column's NaN comes
   * back as the text `'NaN'`, which binds back as NaN).
   */
  readonly sortValue: string;
}

/**
 * Keyset pagination over a form's PostgreSQL value table (aliased `table`, sequence column `rid`),
 * in exactly SQLite's order (see `compileRecordPageSql`): the sort column, then the sequence
 * number in the same direction, NULLs first ascending and last descending — PostgreSQL's default
 * is the opposite, so every term says `NULLS FIRST`/`NULLS LAST`, and the "after" condition
 * follows the same order.
 */
export function compilePgRecordPageSql(sort: RecordSort, cursor: RecordCursor | undefined, table: string): PgRecordPageSql {
  const seq = `${table}.rid`;
  if (!sort.field) {
    return {
      after: cursor ? pgSql`${pgRaw(seq)} ${pgRaw(sort.direction === 'asc' ? '>' : '<')} ${cursor.seq}` : pgRaw('TRUE'),
      orderBy: `${seq} ${sort.direction === 'asc' ? 'ASC' : 'DESC'}`,
      sortValue: 'NULL',
    };
  }
  const field = sort.field;
  if (field.kind === 'list' || field.kind === 'count') throw new Error(`cannot sort by a ${field.kind} field`);
  const column = `${table}.${queryColumnOf(field)}`;
  const terms = orderTermsOf(column, field.kind).map((term) => directed(term, sort.direction));
  return {
    after: cursor ? after(field, column, seq, sort.direction, cursor.value, cursor.seq) : pgRaw('TRUE'),
    orderBy: [...terms, `${seq} ${sort.direction === 'asc' ? 'ASC' : 'DESC'}`].join(', '),
    sortValue: sortValueOf(field, column),
  };
}

function sortValueOf(field: QueryField, column: string): string {
  switch (field.kind) {
    case 'number':
      return `to_jsonb(${column})`;
    case 'timestamp':
      return `${column}::float8`;
    default:
      return column;
  }
}

function after(field: QueryField, column: string, seq: string, direction: 'asc' | 'desc', value: BoundValue | null, last: number): PgFragment {
  const col = pgRaw(column);
  const rid = pgRaw(seq);
  if (direction === 'asc') {
    if (value === null) return pgSql`((${col} IS NULL AND ${rid} > ${last}) OR ${col} IS NOT NULL)`;
    return pgSql`(${compareValueSql(column, field.kind, '>', value, true)} OR (${compareValueSql(column, field.kind, '=', value)} AND ${rid} > ${last}))`;
  }
  if (value === null) return pgSql`(${col} IS NULL AND ${rid} < ${last})`;
  return pgSql`(${compareValueSql(column, field.kind, '<', value)} OR (${compareValueSql(column, field.kind, '=', value)} AND ${rid} < ${last}) OR ${col} IS NULL)`;
}
