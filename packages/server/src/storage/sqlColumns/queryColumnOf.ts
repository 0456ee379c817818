import type { QueryField } from '../../query/QueryField.js';
import { valueColumnName } from './valueColumnName.js';

/** Where each system field lives in every form's value table (the same names in both adapters). */
const systemColumns: ReadonlyMap<string, string> = new Map([
  ['_createdAt', 'created_at'],
  ['_updatedAt', 'updated_at'],
  ['_createdBy', 'creator_id'],
  ['_owner', 'owner_id'],
  ['_ownerDepartment', 'owner_department_id'],
]);

/**
 * The value-table column a query field reads: a system field's own column, or the field's value
 * column. Queries name fields by id; only the adapters' SQL compilers need the column, so the
 * mapping lives here rather than on the port's `QueryField`.
 *
 * @example
 * queryColumnOf({ id: '_owner', system: true, … })    // 'owner_id'
 * queryColumnOf({ id: 'f_amount', system: false, … }) // '"v_f_amount"'
 */
export function queryColumnOf(field: Pick<QueryField, 'id' | 'system'>): string {
  if (!field.system) return valueColumnName(field.id);
  const column = systemColumns.get(field.id);
  if (column === undefined) throw new Error(`not a system field: ${JSON.stringify(field.id)}`);
  return column;
}
