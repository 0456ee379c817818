import type { RowFilter } from '../../../permissions/resolveRowFilter.js';
import type { SqlFragment } from './SqlFragment.js';

/**
 * The row scope as a WHERE condition over a form's value table (aliased `table`): list, count,
 * aggregate, export and single reads all use this one translation of `resolveRowFilter`.
 */
export function compileRowFilterSql(filter: RowFilter, table: string): SqlFragment {
  switch (filter.kind) {
    case 'all':
      return { sql: '1', params: [] };
    case 'own':
      return { sql: `${table}.owner_id = ?`, params: [filter.userId] };
    case 'department':
      if (filter.departmentIds.length === 0) return { sql: `${table}.owner_id = ?`, params: [filter.userId] };
      return {
        sql: `(${table}.owner_id = ? OR ${table}.owner_department_id IN (${filter.departmentIds.map(() => '?').join(', ')}))`,
        params: [filter.userId, ...filter.departmentIds],
      };
  }
}
