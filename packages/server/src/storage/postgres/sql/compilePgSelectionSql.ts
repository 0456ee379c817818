import type { FilterPredicate } from '../../../query/FilterPredicate.js';
import type { RowFilter } from '../../../permissions/resolveRowFilter.js';
import { compilePgFilterSql } from './compilePgFilterSql.js';
import { compilePgRowFilterSql } from './compilePgRowFilterSql.js';
import { pgRaw, pgSql, type PgFragment } from './PgFragment.js';

/**
 * Which rows of a form's value table (aliased `table`) a read selects: live or deleted, inside
 * the row scope, filtered. Pages, counts, exports and aggregates all start from this condition.
 *
 * @example
 * compilePgSelectionSql({ scope: { kind: 'own', userId: 'usr_1' }, filter: null, state: 'live' }, 'v')
 * // { sql: 'NOT v.deleted AND v.owner_id = $1 AND TRUE', params: ['usr_1'] }
 */
export function compilePgSelectionSql(
  selection: { readonly scope: RowFilter; readonly filter: FilterPredicate | null; readonly state: 'live' | 'deleted' },
  table: string,
): PgFragment {
  const state = pgRaw(selection.state === 'deleted' ? `${table}.deleted` : `NOT ${table}.deleted`);
  const filter = selection.filter ? compilePgFilterSql(selection.filter, table) : pgRaw('TRUE');
  return pgSql`${state} AND ${compilePgRowFilterSql(selection.scope, table)} AND ${filter}`;
}
