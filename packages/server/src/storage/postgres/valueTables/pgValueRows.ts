import type { CellValue } from '../../../records/projectValue.js';
import type { NewRecordBatch, StoredRecord } from '../../../records/StoredRecord.js';
import { encodeValueCells } from '../../../records/encodeRecord.js';
import type { ValueColumn } from '../../../records/ValueColumn.js';
import type { PgParam } from '../sql/PgFragment.js';
import { encodePgCell } from './encodePgCell.js';
import { pgSystemColumns } from './ensurePgValueTable.js';
import type { PgQueryable } from '../PgQueryable.js';
import { valueColumnName } from '../../sqlColumns/valueColumnName.js';

/** The parameters of a value-table row, in `pgValueColumnNames(columns)` order. */
export type PgValueRow = PgParam[];

/** The columns a value row fills, in order: the system columns, then the fields'. */
export function pgValueColumnNames(columns: readonly ValueColumn[]): string[] {
  return [...pgSystemColumns, ...columns.map((column) => valueColumnName(column.fieldId))];
}

/** A stored record's value row (its data projected and encoded for the column types). */
export function pgValueRowOfRecord(record: StoredRecord, columns: readonly ValueColumn[]): PgValueRow {
  const cells = encodeValueCells(columns, record.data);
  return [
    record.seq,
    record.deletedAt === null ? 'false' : 'true',
    record.creatorId,
    record.ownerId,
    record.ownerDepartmentId,
    record.createdAt,
    record.updatedAt,
    ...columns.map((column, index) => encodePgCell(column.kind, cells[index] ?? null)),
  ];
}

/** The value row of a batch's record number `index` (cells pre-encoded by the import's worker), stored as `seq`. */
export function pgValueRowOfBatch(seq: number, batch: NewRecordBatch, index: number, columns: readonly ValueColumn[]): PgValueRow {
  const offset = index * columns.length;
  return [
    seq,
    'false',
    batch.creatorId,
    batch.ownerId,
    batch.ownerDepartmentId,
    batch.createdAt,
    batch.createdAt,
    ...columns.map((column, at) => encodePgCell(column.kind, (batch.cells[offset + at] ?? null) as CellValue)),
  ];
}

/** Most parameters one statement may bind (PostgreSQL's protocol limit is 65,535). */
const maxParams = 60_000;

/**
 * Writes value rows: inserted, or with `replace`, inserted or overwritten (a changed, deleted or
 * restored record). Several rows per statement, so a batch costs few round trips.
 */
export async function writePgValueRows(db: PgQueryable, table: string, columns: readonly ValueColumn[], rows: readonly PgValueRow[], replace = false): Promise<void> {
  const names = pgValueColumnNames(columns);
  const perStatement = Math.max(1, Math.floor(maxParams / names.length));
  const conflict = replace ? ` ON CONFLICT (rid) DO UPDATE SET ${names.slice(1).map((name) => `${name} = EXCLUDED.${name}`).join(', ')}` : '';
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const values = chunk.map((_, row) => `(${names.map((_, column) => `$${row * names.length + column + 1}`).join(', ')})`).join(', ');
    await db.query(`INSERT INTO ${table} (${names.join(', ')}) VALUES ${values}${conflict}`, chunk.flat());
  }
}
