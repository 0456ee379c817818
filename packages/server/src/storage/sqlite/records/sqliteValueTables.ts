import { createHash } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import type { SqliteDatabase } from '../openDatabase.js';
import type { CellValue } from '../../../records/projectValue.js';
import type { NewRecordBatch, StoredRecord } from '../../../records/StoredRecord.js';
import { encodeValueCells } from '../../../records/encodeRecord.js';
import type { ValueColumn } from '../../../records/ValueColumn.js';
import { valueColumnName } from '../../sqlColumns/valueColumnName.js';

/** A form's value table, ready to write. */
export interface ValueTable {
  /** `form_values_<n>`: built from an integer, safe in SQL text. */
  readonly name: string;
  /** Writes the row of a new record. */
  insert(record: StoredRecord): void;
  /** Rewrites the row of a changed record. */
  replace(record: StoredRecord): void;
  /** Writes the row of a batch's record number `index`, stored as `seq`. */
  insertEncoded(seq: number, batch: NewRecordBatch, index: number): void;
}

/** Covering indexes one form's value table may get for its aggregates. */
const maxCoveringIndexes = 8;

const systemColumns = ['rid', 'deleted', 'creator_id', 'owner_id', 'owner_department_id', 'created_at', 'updated_at'];

/**
 * The per-form value tables: a narrow row per record with one column per top-level field (no
 * declared type, so a value kept after a failed conversion is stored as it is) and the system
 * fields. Scanning a million of these rows is what keeps aggregates in SQL fast; the JSON in
 * `records.data` stays the truth.
 *
 * Indexes: the owner (every member's list filters on it) and unique fields from the start; any
 * other column the first time a query filters or sorts by it (`open(…, wanted)`), and a covering
 * index (live rows only) the first time an aggregate groups that way (`open(…, covering)`, at most
 * a few per form) — so inserts only pay for indexes that queries use.
 *
 * What a table has (columns, indexes, its number) is read once and kept, tagged with the schema
 * version it was seen at: an `open` costs one `PRAGMA schema_version` while nothing changed the
 * schema (reading `table_info` and `sqlite_schema` on every submit was a tenth of its CPU, #11). A
 * transaction that rolls back may have added tables, columns or indexes that are gone again, and
 * the schema version goes back with them, so whoever rolls back calls `forget()`.
 */
export function createSqliteValueTables(db: SqliteDatabase) {
  const findNumber = db.prepare<[string], number>('SELECT table_no FROM value_tables WHERE form_id = ?').pluck();
  const addNumber = db.prepare<[string], number>(
    'INSERT INTO value_tables (form_id, table_no) VALUES (?, (SELECT coalesce(max(table_no), 0) + 1 FROM value_tables)) RETURNING table_no',
  ).pluck();
  const listIndexes = db.prepare<[string], string>("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = ?").pluck();
  const schemaVersion = db.prepare<[], number>('PRAGMA schema_version').pluck();
  const statements = new Map<string, Statement>();
  const numbers = new Map<string, number>();
  const known = new Map<string, { version: number; columns: Set<string>; indexes: Set<string> }>();

  /** Forgets what was seen: after a rollback, which may have undone tables, columns and indexes. */
  function forget(): void {
    numbers.clear();
    known.clear();
  }

  /**
   * Creates the table, adds missing columns and the indexes due: `wanted` are columns a query is
   * about to filter or sort by; `covering` the columns of an aggregate's covering index.
   */
  function open(formId: string, columns: readonly ValueColumn[], wanted: readonly string[] = [], covering: readonly string[] = []): ValueTable {
    let number = numbers.get(formId);
    if (number === undefined) {
      number = findNumber.get(formId) ?? addNumber.get(formId);
      if (number === undefined || !Number.isSafeInteger(number)) throw new Error(`no value table number for ${formId}`);
      numbers.set(formId, number);
    }
    const name = `form_values_${String(number)}`;
    let cached = known.get(name);
    if (!cached || cached.version !== schemaVersion.get()) {
      cached = {
        version: -1,
        columns: new Set((db.prepare(`PRAGMA table_info(${name})`).all() as { name: string }[]).map((row) => row.name)),
        indexes: new Set(listIndexes.all(name)),
      };
      known.set(name, cached);
    }
    const existing = cached.columns;
    let created = false;
    if (existing.size === 0) {
      created = true;
      db.exec(`CREATE TABLE ${name} (
        rid INTEGER PRIMARY KEY,
        deleted INTEGER NOT NULL DEFAULT 0,
        creator_id TEXT, owner_id TEXT, owner_department_id TEXT,
        created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL
      );
      CREATE INDEX ${name}_owner_id ON ${name}(owner_id);`);
      for (const column of systemColumns) existing.add(column);
      cached.indexes.add(`${name}_owner_id`);
    }
    for (const column of columns) {
      const quoted = valueColumnName(column.fieldId);
      const bare = quoted.slice(1, -1);
      if (!existing.has(bare)) {
        created = true;
        db.exec(`ALTER TABLE ${name} ADD COLUMN ${quoted}`);
        existing.add(bare);
      }
    }
    const due = [...columns.filter((column) => column.indexed).map((column) => valueColumnName(column.fieldId)), ...wanted];
    const indexes = cached.indexes;
    if (due.length > 0 || covering.length > 0) {
      const names = new Set([...systemColumns, ...columns.map((column) => valueColumnName(column.fieldId))]);
      // Only names of this table's columns ever reach the SQL text.
      const check = (column: string): string => {
        if (!names.has(column)) throw new Error(`not a column of ${name}: ${column}`);
        return column;
      };
      for (const column of due) {
        const index = `${name}_${check(column).replaceAll('"', '')}`;
        if (indexes.has(index)) continue;
        created = true;
        db.exec(`CREATE INDEX "${index}" ON ${name}(${column})`);
        indexes.add(index);
      }
      if (covering.length > 0) {
        const index = `${name}_agg_${createHash('sha256').update(covering.join(',')).digest('hex').slice(0, 12)}`;
        const existingAggregates = [...indexes].filter((candidate) => candidate.startsWith(`${name}_agg_`)).length;
        // Each covering index costs every insert a little: a form gets a handful, for its busiest dashboards.
        if (!indexes.has(index) && existingAggregates < maxCoveringIndexes) {
          created = true;
          db.exec(`CREATE INDEX "${index}" ON ${name}(${covering.map(check).join(', ')}) WHERE deleted = 0`);
          indexes.add(index);
        }
      }
    }
    // Unchanged when nothing was created: the PRAGMA above already matched.
    if (cached.version === -1 || created) cached.version = schemaVersion.get() ?? -1;
    const names = [...systemColumns, ...columns.map((column) => valueColumnName(column.fieldId))];
    const insert = statement(`INSERT INTO ${name} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`);
    const replace = statement(`INSERT OR REPLACE INTO ${name} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`);
    const values: CellValue[] = new Array<CellValue>(names.length).fill(null);
    const row = (record: StoredRecord): CellValue[] => {
      values[0] = record.seq;
      values[1] = record.deletedAt === null ? 0 : 1;
      values[2] = record.creatorId;
      values[3] = record.ownerId;
      values[4] = record.ownerDepartmentId;
      values[5] = record.createdAt;
      values[6] = record.updatedAt;
      const cells = encodeValueCells(columns, record.data);
      for (let index = 0; index < cells.length; index++) values[index + 7] = cells[index] as CellValue;
      return values;
    };
    const encodedRow = (seq: number, batch: NewRecordBatch, index: number): CellValue[] => {
      values[0] = seq;
      values[1] = 0;
      values[2] = batch.creatorId;
      values[3] = batch.ownerId;
      values[4] = batch.ownerDepartmentId;
      values[5] = batch.createdAt;
      values[6] = batch.createdAt;
      const { cells } = batch;
      const offset = index * columns.length;
      for (let column = 0; column < columns.length; column++) values[column + 7] = cells[offset + column] as CellValue;
      return values;
    };
    return {
      name,
      insert: (record) => void insert.run(row(record)),
      replace: (record) => void replace.run(row(record)),
      insertEncoded: (seq, batch, index) => void insert.run(encodedRow(seq, batch, index)),
    };
  }

  function statement(sql: string): Statement {
    let prepared = statements.get(sql);
    if (!prepared) {
      prepared = db.prepare(sql);
      statements.set(sql, prepared);
    }
    return prepared;
  }

  return { open, forget };
}

export type SqliteValueTables = ReturnType<typeof createSqliteValueTables>;
