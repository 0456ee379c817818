import type { QueryValueKind } from '../../../query/QueryField.js';
import type { BoundValue, Comparison } from '../../../query/FilterPredicate.js';
import { pgSql, pgRaw, type PgFragment } from './PgFragment.js';

/**
 * How the PostgreSQL value table holds each kind, and the expressions that make it compare and
 * sort the way SQLite's untyped columns do (see `pgColumnTypeOf` for the storage side):
 *
 * - `number` is `double precision`; a text kept unconverted in a number field is stored as `NaN`.
 *   PostgreSQL orders NaN above every number and equal to itself — where SQLite puts any text
 *   after every number — so sorting, `empty` and `=`/`<`/`in` behave alike, and only `>`/`>=`
 *   need the same guard SQLite's filter has ("text never counts as greater than a number").
 * - `any` is a `jsonb` scalar (a number or a string): SQLite orders numbers before texts, jsonb
 *   the other way round, so `any` is compared and sorted through `anyNumberSql`/`anyTextSql`.
 * - texts, dates and date-times are `text COLLATE "C"`: byte order, as SQLite's BINARY.
 */
export const anyIsText = (column: string): string => `(jsonb_typeof(${column}) = 'string')`;

/** The number an `any` cell holds, else NULL. A CASE, so a string is never cast (AND does not promise an order). */
export const anyNumberSql = (column: string): string => `(CASE WHEN jsonb_typeof(${column}) = 'number' THEN (${column})::float8 END)`;

/**
 * What SQLite's sum and avg add for an `any` cell: the number, or for a text its leading number
 * (`'50%_off'` adds 50, `'abc'` adds 0), as SQLite reads a text as a number.
 */
export const anySummandSql = (column: string): string =>
  `(CASE WHEN jsonb_typeof(${column}) = 'number' THEN (${column})::float8 WHEN jsonb_typeof(${column}) = 'string' THEN coalesce(substring(${column} #>> '{}' from '^[ \\t\\n\\f\\r]*[+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?')::float8, 0) END)`;

/** The text an `any` cell holds, else NULL; in byte order. */
export const anyTextSql = (column: string): string => `((CASE WHEN jsonb_typeof(${column}) = 'string' THEN ${column} #>> '{}' END) COLLATE "C")`;

/**
 * `column <comparison> value` for a cell of `kind`, with SQLite's answer: for `any`, a number is
 * below every text; for `number`, NaN (an unconverted text) is never greater than a number in a
 * filter — but it is in the sort order (`ordering`: a page's cursor condition), where SQLite
 * puts texts after every number.
 */
export function compareValueSql(column: string, kind: QueryValueKind, comparison: Comparison, value: BoundValue, ordering = false): PgFragment {
  const col = pgRaw(column);
  if (kind === 'any') {
    const number = pgRaw(anyNumberSql(column));
    const text = pgRaw(anyTextSql(column));
    const op = pgRaw(comparison);
    if (typeof value === 'number') {
      if (comparison === '>' || comparison === '>=') return pgSql`(${pgRaw(anyIsText(column))} OR ${number} ${op} ${value})`;
      return pgSql`${number} ${op} ${value}`;
    }
    if (comparison === '<' || comparison === '<=') return pgSql`(jsonb_typeof(${col}) = 'number' OR ${text} ${op} ${value})`;
    return pgSql`${text} ${op} ${value}`;
  }
  if (kind === 'number' && !ordering && (comparison === '>' || comparison === '>=')) return pgSql`(${col} ${pgRaw(comparison)} ${value} AND ${col} <> 'NaN')`;
  return pgSql`${col} ${pgRaw(comparison)} ${value}`;
}

/**
 * The ORDER BY terms (without direction) that order cells of `kind` as SQLite orders them, for a
 * column or a result column. NULLs are placed by the caller (`NULLS FIRST` ascending).
 */
export function orderTermsOf(expression: string, kind: QueryValueKind | 'bucket'): string[] {
  switch (kind) {
    case 'any':
      return [anyIsText(expression), anyNumberSql(expression), anyTextSql(expression)];
    case 'number':
    case 'timestamp':
    case 'count':
      return [expression];
    default:
      return [`${expression} COLLATE "C"`];
  }
}

/** `term ASC NULLS FIRST` / `term DESC NULLS LAST`: SQLite's place for NULLs, said explicitly. */
export function directed(term: string, direction: 'asc' | 'desc'): string {
  return direction === 'asc' ? `${term} ASC NULLS FIRST` : `${term} DESC NULLS LAST`;
}
