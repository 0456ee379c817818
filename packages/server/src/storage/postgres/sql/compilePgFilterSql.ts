import type { FilterPredicate } from '../../../query/FilterPredicate.js';
import type { QueryField } from '../../../query/QueryField.js';
import { pgJoin, pgParam, pgRaw, pgSql, type PgFragment } from './PgFragment.js';
import { anyIsText, compareValueSql } from './pgValueSql.js';
import { filterOperandSql } from '../../sqlColumns/filterOperandSql.js';

/**
 * Turns a checked filter into a WHERE condition over a form's PostgreSQL value table (aliased
 * `table`), answering exactly what SQLite's `compileFilterSql` answers on the same records:
 *
 * - `not` is true where the inner condition is false *or unknown* (`IS NOT TRUE`, SQLite's
 *   `IS NOT 1`): "not equal to 5" includes records with no value;
 * - `like` is a substring match, case-insensitive for ASCII letters only (SQLite's LIKE), with
 *   `%` and `_` matching themselves; on a list it matches the list's JSON text, as SQLite does;
 * - `contains` holds when a list has at least one of the texts (`?|`, which a GIN index serves);
 * - comparisons follow SQLite's order across types (see `compareValueSql`).
 *
 * Every operand is a parameter; column names come from checked QueryFields.
 *
 * @example
 * compilePgFilterSql({ kind: 'compare', field: amount, comparison: '>', value: 100 }, 'v')
 * // { sql: `(v."v_f_amount" > $1 AND v."v_f_amount" <> 'NaN')`, params: [100] }
 */
export function compilePgFilterSql(predicate: FilterPredicate, table: string): PgFragment {
  switch (predicate.kind) {
    case 'and':
    case 'or': {
      const joined = pgJoin(predicate.items.map((item) => compilePgFilterSql(item, table)), predicate.kind === 'and' ? ' AND ' : ' OR ');
      return pgSql`(${joined})`;
    }
    case 'not':
      return pgSql`((${compilePgFilterSql(predicate.item, table)}) IS NOT TRUE)`;
    case 'compare':
      return compareValueSql(columnOf(predicate.field, table), predicate.field.kind, predicate.comparison, predicate.value);
    case 'in': {
      const column = columnOf(predicate.field, table);
      if (predicate.field.kind === 'any') {
        // Typed per operand: 5 matches the number 5, '5' the text '5', as in SQLite.
        return pgSql`(${pgJoin(predicate.values.map((value) => compareValueSql(column, 'any', '=', value)), ' OR ')})`;
      }
      return pgSql`${pgRaw(column)} IN (${pgJoin(predicate.values.map(pgParam), ', ')})`;
    }
    case 'contains': {
      const items = pgJoin(predicate.values.map((value) => pgSql`${pgParam(value)}::text`), ', ');
      return pgSql`${pgRaw(columnOf(predicate.field, table))} ?| ARRAY[${items}]`;
    }
    case 'like':
      return pgSql`${pgRaw(lowerAscii(likeTextOf(predicate.field, columnOf(predicate.field, table))))} LIKE ${`%${escapePgLike(lowerAsciiText(predicate.text))}%`} ESCAPE '\\'`;
    case 'empty':
      return pgRaw(`${columnOf(predicate.field, table)} IS NULL`);
  }
}

function columnOf(field: QueryField, table: string): string {
  return filterOperandSql(field, table);
}

/**
 * The text `like` searches, as SQLite sees the cell: a list as its compact JSON (`["a","b"]`,
 * what `JSON.stringify` wrote), rebuilt from the jsonb array since jsonb prints `["a", "b"]`; an
 * `any` cell as its text or its number's digits.
 */
function likeTextOf(field: QueryField, column: string): string {
  switch (field.kind) {
    case 'list':
      return `(SELECT '[' || string_agg(e.value::text, ',' ORDER BY e.n) || ']' FROM jsonb_array_elements(${column}) WITH ORDINALITY AS e(value, n))`;
    case 'any':
      return `(CASE WHEN ${anyIsText(column)} THEN ${column} #>> '{}' ELSE ${column}::text END)`;
    case 'number':
    case 'timestamp':
    case 'count':
      return `${column}::text`;
    default:
      return column;
  }
}

/** ASCII letters only, as SQLite's LIKE folds case: `É` and `é` stay different. */
function lowerAscii(expression: string): string {
  return `translate(${expression} COLLATE "C", 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')`;
}

function lowerAsciiText(text: string): string {
  return text.replace(/[A-Z]/g, (char) => char.toLowerCase());
}

/** `50%_off` → `50\%\_off`: the client's text matches itself, wildcards included. */
export function escapePgLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
