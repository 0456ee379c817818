import type { CellValue } from '../../../records/projectValue.js';
import type { NewRecordBatch } from '../../../records/StoredRecord.js';
import type { ValueColumn } from '../../../records/ValueColumn.js';
import type { PgParam } from '../sql/PgFragment.js';
import { encodePgCell } from '../valueTables/encodePgCell.js';
import { pgCatalogTypes } from '../valueTables/pgColumnTypeOf.js';
import { pgValueColumnNames } from '../valueTables/pgValueRows.js';

/**
 * One statement inserting a whole import batch: the records and their value rows. Each column of
 * the batch is bound as one array parameter and `unnest`ed (ids, JSON texts, then each field's
 * cells), so the statement has `columns.length + 8` parameters however many records it carries —
 * no 65,535-parameter limit to chunk around, no SQL text growing with the batch, and one round trip.
 * Being one statement, the batch is all or nothing even when called on the pool.
 *
 * Records get their seqs in batch order (`ORDER BY` the ordinality before the INSERT), as SQLite's
 * one-by-one inserts number them; the value rows then join back on the ids the INSERT returned.
 *
 * Why not COPY: measured on the test cluster (10,000 records of 8 fields, in the import's batches
 * of 1,000, one transaction), this took about 350 ms; multi-row `INSERT … VALUES` chunks
 * (records `RETURNING seq`, then the value rows) 430–510 ms; a raw `COPY` of the same rows into
 * both tables through psql 335–345 ms. COPY would gain a few percent and cost a dependency
 * (`pg-copy-streams`) plus seqs reserved ahead with `OVERRIDING`-style bookkeeping.
 */
export function pgInsertBatchSql(table: string, batch: NewRecordBatch, columns: readonly ValueColumn[]): { readonly sql: string; readonly values: unknown[] } {
  const width = columns.length;
  const perColumn: PgParam[][] = columns.map(() => []);
  batch.cells.forEach((cell, at) => {
    const index = at % width;
    perColumn[index]?.push(encodePgCell(columns[index]?.kind ?? 'any', cell as CellValue));
  });
  // $1 ids, $2 JSON texts, $3…$(2+width) the fields' cells, then the batch's shared stamps.
  const cellNames = columns.map((_, index) => `c${index}`);
  const arrays = columns.map((column, index) => `$${index + 3}::${pgCatalogTypes[column.kind]}[]`);
  const shared = width + 3;
  const [formId, formVersion, creatorId, ownerId, department, createdAt] = [0, 1, 2, 3, 4, 5].map((offset) => `$${shared + offset}`);
  const sql = `WITH i AS (
  SELECT * FROM unnest($1::text[], $2::text[]${arrays.map((array) => `, ${array}`).join('')}) WITH ORDINALITY AS i(id, data${cellNames.map((name) => `, ${name}`).join('')}, n)
), r AS (
  INSERT INTO records (id, form_id, form_version, data, version, creator_id, owner_id, owner_department_id, created_at, updated_at, updated_by)
  SELECT i.id, ${formId}::text, ${formVersion}::integer, i.data, 1, ${creatorId}::text, ${ownerId}::text, ${department}::text, ${createdAt}::bigint, ${createdAt}::bigint, ${creatorId}::text
  FROM i ORDER BY i.n
  RETURNING seq, id
)
INSERT INTO ${table} (${pgValueColumnNames(columns).join(', ')})
SELECT r.seq, FALSE, ${creatorId}::text, ${ownerId}::text, ${department}::text, ${createdAt}::bigint, ${createdAt}::bigint${cellNames.map((name) => `, i.${name}`).join('')}
FROM r JOIN i ON i.id = r.id`;
  return {
    sql,
    // Arrays are parameters here (pg sends them as array literals), which a PgFragment's are not.
    values: [
      batch.ids,
      batch.json,
      ...perColumn,
      batch.formId,
      batch.formVersion,
      batch.creatorId,
      batch.ownerId,
      batch.ownerDepartmentId,
      batch.createdAt,
    ],
  };
}
