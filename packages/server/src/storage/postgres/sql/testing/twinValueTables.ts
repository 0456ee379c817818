import Database from 'better-sqlite3';
import type { FieldType } from '@formwork/runtime';
import type { Pool } from 'pg';
import type { RowFilter } from '../../../../permissions/resolveRowFilter.js';
import type { AggregateQuery } from '../../../../query/AggregateQuery.js';
import type { BoundValue, FilterPredicate } from '../../../../query/FilterPredicate.js';
import type { QueryField, QueryValueKind } from '../../../../query/QueryField.js';
import type { RecordSort } from '../../../../query/RecordSort.js';
import { sortKeyOf } from '../../../../query/RecordSort.js';
import type { RecordCursor } from '../../../../query/RecordCursor.js';
import type { StoredRecord } from '../../../../records/StoredRecord.js';
import type { ValueColumn } from '../../../../records/ValueColumn.js';
import { compileAggregateSql } from '../../../sqlite/sql/compileAggregateSql.js';
import { compileFilterSql } from '../../../sqlite/sql/compileFilterSql.js';
import { compileRecordPageSql } from '../../../sqlite/sql/compileRecordPageSql.js';
import { compileRowFilterSql } from '../../../sqlite/sql/compileRowFilterSql.js';
import { createSqliteValueTables } from '../../../sqlite/records/sqliteValueTables.js';
import type { SqliteDatabase } from '../../../sqlite/openDatabase.js';
import { ensurePgValueTable } from '../../valueTables/ensurePgValueTable.js';
import { pgAggregateIndexColumns, pgColumnsToIndex } from '../../valueTables/pgColumnsToIndex.js';
import { pgValueRowOfRecord, writePgValueRows } from '../../valueTables/pgValueRows.js';
import { compilePgAggregateSql } from '../compilePgAggregateSql.js';
import { compilePgRecordPageSql } from '../compilePgRecordPageSql.js';
import { compilePgSelectionSql } from '../compilePgSelectionSql.js';
import { pgSql, pgRaw } from '../PgFragment.js';

type Cell = string | number | null;

/** A value column for a test form field of a kind. */
export function testColumn(fieldId: string, kind: QueryValueKind, fieldType: FieldType = 'text'): ValueColumn {
  return { fieldId, kind, fieldType, indexed: false };
}

export function queryFieldOf(column: ValueColumn): QueryField {
  return { id: column.fieldId, kind: column.kind, system: false, removed: false };
}

/**
 * The same records in a SQLite value table (written by the SQLite adapter's own code) and a
 * PostgreSQL one, and each query run on both the way the record stores run them: pages walked to
 * the end through their cursors, counts, aggregates. What a test compares is what a client sees.
 */
export async function createTwinValueTables(pool: Pool, formId: number, columns: readonly ValueColumn[], records: readonly StoredRecord[]) {
  const sqlite: SqliteDatabase = new Database(':memory:');
  sqlite.exec('CREATE TABLE value_tables (form_id TEXT PRIMARY KEY, table_no INTEGER NOT NULL UNIQUE)');
  const sqliteTables = createSqliteValueTables(sqlite);
  const sqliteTable = sqliteTables.open(`frm_${formId}`, columns);
  sqlite.transaction(() => {
    for (const record of records) sqliteTable.insert(record);
  })();
  // Named here rather than numbered through `value_tables`, whose rows need a form.
  const pgTable = `form_values_${formId}`;
  await ensurePgValueTable(pool, pgTable, columns);
  await writePgValueRows(pool, pgTable, columns, records.map((record) => pgValueRowOfRecord(record, columns)));
  await pool.query(`ANALYZE ${pgTable}`);

  const sqliteWhere = (scope: RowFilter, filter: FilterPredicate | null): { sql: string; params: BoundValue[] } => {
    const scoped = compileRowFilterSql(scope, 'v');
    const filtered = filter ? compileFilterSql(filter, 'v') : { sql: '1', params: [] };
    return { sql: `v.deleted = 0 AND ${scoped.sql} AND ${filtered.sql}`, params: [...scoped.params, ...filtered.params] };
  };

  return {
    pgTable,
    close: (): void => {
      sqlite.close();
    },

    /** Every page, walked through the cursors: the seqs in order, on each side. */
    async walk(scope: RowFilter, filter: FilterPredicate | null, sort: RecordSort, limit: number): Promise<{ sqlite: number[]; pg: number[] }> {
      const sqliteSeqs: number[] = [];
      let cursor: RecordCursor | undefined;
      for (let guard = 0; guard < 10_000; guard++) {
        const where = sqliteWhere(scope, filter);
        const page = compileRecordPageSql(sort, cursor, 'v');
        const rows = sqlite
          .prepare(`SELECT v.rid AS seq, ${page.sortValue} AS sort_value FROM ${sqliteTable.name} v WHERE ${where.sql} AND ${page.after.sql} ORDER BY ${page.orderBy} LIMIT ?`)
          .all(...where.params, ...page.after.params, limit + 1) as { seq: number; sort_value: Cell }[];
        const kept = rows.slice(0, limit);
        sqliteSeqs.push(...kept.map((row) => row.seq));
        const last = kept.at(-1);
        if (rows.length <= limit || !last) break;
        cursor = roundTrip({ sortKey: sortKeyOf(sort), value: last.sort_value ?? null, seq: last.seq });
      }
      const pgSeqs: number[] = [];
      cursor = undefined;
      await ensurePgValueTable(pool, pgTable, columns, { wanted: pgColumnsToIndex(filter, sort, scope) });
      for (let guard = 0; guard < 10_000; guard++) {
        const page = compilePgRecordPageSql(sort, cursor, 'v');
        const query = pgSql`SELECT v.rid AS seq, ${pgRaw(page.sortValue)} AS sort_value FROM ${pgRaw(pgTable)} v
          WHERE ${compilePgSelectionSql({ scope, filter, state: 'live' }, 'v')} AND ${page.after} ORDER BY ${pgRaw(page.orderBy)} LIMIT ${limit + 1}`;
        const { rows } = await pool.query<{ seq: number; sort_value: Cell }>(query.sql, [...query.params]);
        const kept = rows.slice(0, limit);
        pgSeqs.push(...kept.map((row) => Number(row.seq)));
        const last = kept.at(-1);
        if (rows.length <= limit || !last) break;
        cursor = roundTrip({ sortKey: sortKeyOf(sort), value: last.sort_value ?? null, seq: Number(last.seq) });
      }
      return { sqlite: sqliteSeqs, pg: pgSeqs };
    },

    async aggregate(scope: RowFilter, query: AggregateQuery, offsetMinutes: number): Promise<{ sqlite: Cell[][]; pg: Cell[][] }> {
      const compiled = compileAggregateSql(query, sqliteTable.name, scope, offsetMinutes);
      const sqliteRows = sqlite.prepare(compiled.sql).raw(true).all(...compiled.params) as Cell[][];
      await ensurePgValueTable(pool, pgTable, columns, { wanted: pgColumnsToIndex(query.filter, null, scope), covering: pgAggregateIndexColumns(query, scope) });
      const pg = compilePgAggregateSql(query, pgTable, scope, offsetMinutes);
      const result = await pool.query({ text: pg.sql, values: [...pg.params], rowMode: 'array' });
      return { sqlite: sqliteRows, pg: result.rows as Cell[][] };
    },
  };
}

/** A cursor as a client hands it back: through JSON, as `encodeRecordCursor` sends it. */
function roundTrip(cursor: RecordCursor): RecordCursor {
  return JSON.parse(JSON.stringify(cursor)) as RecordCursor;
}
