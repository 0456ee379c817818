import type { FilterPredicate } from '../../../query/FilterPredicate.js';
import type { SqlFragment } from './SqlFragment.js';
import { filterOperandSql } from '../../sqlColumns/filterOperandSql.js';

/**
 * Turns a checked filter into a WHERE condition over a form's value table (aliased `table`).
 * Column names come from QueryFields (built from checked identifiers); every operand is a `?`
 * parameter, so no value a client sends is ever part of the SQL text.
 *
 * @example
 * compileFilterSql({ kind: 'compare', field: amount, comparison: '>', value: 100 }, 'v')
 * // { sql: 'v."v_f_amount" > ?', params: [100] }
 */
export function compileFilterSql(predicate: FilterPredicate, table: string): SqlFragment {
  const params: (string | number)[] = [];
  const sql = compile(predicate, table, params);
  return { sql, params };
}

function compile(predicate: FilterPredicate, table: string, params: (string | number)[]): string {
  switch (predicate.kind) {
    case 'and':
    case 'or':
      return `(${predicate.items.map((item) => compile(item, table, params)).join(predicate.kind === 'and' ? ' AND ' : ' OR ')})`;
    case 'not':
      // `IS NOT 1` is true for false *and* unknown: "not equal to 5" includes records with no value.
      return `((${compile(predicate.item, table, params)}) IS NOT 1)`;
    case 'compare': {
      params.push(predicate.value);
      const column = `${filterOperandSql(predicate.field, table)}`;
      // SQLite orders any text after every number: a value kept unconverted in a number column
      // ("about ten") must not count as greater than 100.
      if (predicate.field.kind === 'number' && (predicate.comparison === '>' || predicate.comparison === '>=')) {
        return `(${column} ${predicate.comparison} ? AND typeof(${column}) <> 'text')`;
      }
      return `${column} ${predicate.comparison} ?`;
    }
    case 'in':
      params.push(...predicate.values);
      return `${filterOperandSql(predicate.field, table)} IN (${placeholders(predicate.values.length)})`;
    case 'contains':
      params.push(...predicate.values);
      return `EXISTS (SELECT 1 FROM json_each(${filterOperandSql(predicate.field, table)}) WHERE json_each.value IN (${placeholders(predicate.values.length)}))`;
    case 'like':
      params.push(`%${escapeLike(predicate.text)}%`);
      return `${filterOperandSql(predicate.field, table)} LIKE ? ESCAPE '\\'`;
    case 'empty':
      return `${filterOperandSql(predicate.field, table)} IS NULL`;
  }
}

function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}

/** `50%_off` → `50\%\_off`: the client's text matches itself, wildcards included. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
