import type { RecordData } from '@formwork/runtime';
import { encodeValueCells } from '../../../records/encodeRecord.js';
import type { ValueColumn } from '../../../records/ValueColumn.js';
import { pgJoin, pgRaw, pgSql, type PgFragment, type PgParam } from '../sql/PgFragment.js';
import { encodePgCell } from '../valueTables/encodePgCell.js';
import { pgCatalogTypes } from '../valueTables/pgColumnTypeOf.js';
import { pgValueColumnNames } from '../valueTables/pgValueRows.js';

/** A record's field cells as the value table's typed columns take them, in `columns` order. */
export function pgValueCellsOf(columns: readonly ValueColumn[], data: RecordData): PgParam[] {
  return encodeValueCells(columns, data).map((cell, index) => encodePgCell(columns[index]?.kind ?? 'any', cell));
}

/**
 * The statement that writes (inserts, or overwrites) the value row of the record a data-modifying
 * CTE named `r` returned (`… RETURNING *`): the system columns from `r` itself, the field cells
 * from `cells`. Put beside the record's own INSERT or UPDATE in one `WITH`, the record and its
 * value row are written by one statement — atomic even on a pool, where two statements could run
 * on two connections with no transaction around them — and when a compare-and-set UPDATE matched
 * nothing, `r` is empty and neither is written.
 *
 * Cells are cast to their column's type: parameters in an INSERT … SELECT list get no type from
 * the target column.
 */
export function pgValueWriteSql(table: string, columns: readonly ValueColumn[], cells: readonly PgParam[]): PgFragment {
  const names = pgValueColumnNames(columns);
  const values = columns.map((column, index) => pgSql`${cells[index] ?? null}::${pgRaw(pgCatalogTypes[column.kind])}`);
  const select = pgJoin(
    [pgRaw('r.seq, r.deleted_at IS NOT NULL, r.creator_id, r.owner_id, r.owner_department_id, r.created_at, r.updated_at'), ...values],
    ', ',
  );
  const overwrite = names.slice(1).map((name) => `${name} = EXCLUDED.${name}`).join(', ');
  return pgSql`INSERT INTO ${pgRaw(table)} (${pgRaw(names.join(', '))}) SELECT ${select} FROM r ON CONFLICT (rid) DO UPDATE SET ${pgRaw(overwrite)}`;
}
