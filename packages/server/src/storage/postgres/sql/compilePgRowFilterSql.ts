import type { RowFilter } from '../../../permissions/resolveRowFilter.js';
import { pgJoin, pgParam, pgRaw, pgSql, type PgFragment } from './PgFragment.js';

/**
 * The row scope as a WHERE condition over a form's PostgreSQL value table (aliased `table`): the
 * counterpart of SQLite's `compileRowFilterSql`, used by every read that selects records.
 */
export function compilePgRowFilterSql(filter: RowFilter, table: string): PgFragment {
  const owner = pgRaw(`${table}.owner_id`);
  switch (filter.kind) {
    case 'all':
      return pgRaw('TRUE');
    case 'own':
      return pgSql`${owner} = ${filter.userId}`;
    case 'department':
      if (filter.departmentIds.length === 0) return pgSql`${owner} = ${filter.userId}`;
      return pgSql`(${owner} = ${filter.userId} OR ${pgRaw(`${table}.owner_department_id`)} IN (${pgJoin(filter.departmentIds.map(pgParam), ', ')}))`;
  }
}
