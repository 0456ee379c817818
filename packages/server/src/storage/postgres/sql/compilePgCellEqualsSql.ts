import type { CellValue } from '../../../records/projectValue.js';
import type { ValueColumn } from '../../../records/ValueColumn.js';
import { encodePgCell } from '../valueTables/encodePgCell.js';
import { pgRaw, pgSql, type PgFragment } from './PgFragment.js';
import { valueColumnName } from '../../sqlColumns/valueColumnName.js';

/**
 * "This column holds this cell" over a form's PostgreSQL value table (aliased `table`), for the
 * unique-value check (`hasValue`): the cell is encoded as the column stores it, then compared.
 * A text in a number column (stored as NaN) matches nothing — NaN would equal every other
 * unconverted text, and a record must not be refused for someone else's different text.
 *
 * @example
 * compilePgCellEqualsSql(amountColumn, 12.5, 'v') // { sql: 'v."v_f_amount" = $1', params: [12.5] }
 */
export function compilePgCellEqualsSql(column: Pick<ValueColumn, 'fieldId' | 'kind'>, cell: CellValue, table: string): PgFragment {
  const encoded = encodePgCell(column.kind, cell);
  if (encoded === null || (column.kind === 'number' && encoded === 'NaN')) return pgRaw('FALSE');
  const cast = column.kind === 'list' || column.kind === 'any' ? '::jsonb' : '';
  return pgSql`${pgRaw(`${table}.${valueColumnName(column.fieldId)}`)} = ${encoded}${pgRaw(cast)}`;
}
