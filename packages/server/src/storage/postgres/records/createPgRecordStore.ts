import type { RecordData } from '@formwork/runtime';
import { sortKeyOf } from '../../../query/RecordSort.js';
import type { CellValue } from '../../../records/projectValue.js';
import type { StoredRecord } from '../../../records/StoredRecord.js';
import type { AggregateQuery } from '../../../query/AggregateQuery.js';
import type { AggregateResult, AggregateRow, AggregateSelection, RecordSelection, RecordStore } from '../../RecordStore.js';
import type { PgQueryable } from '../PgQueryable.js';
import { compilePgAggregateSql } from '../sql/compilePgAggregateSql.js';
import { compilePgCellEqualsSql } from '../sql/compilePgCellEqualsSql.js';
import { compilePgRecordPageSql } from '../sql/compilePgRecordPageSql.js';
import { compilePgSelectionSql } from '../sql/compilePgSelectionSql.js';
import { pgRaw, pgSql, type PgFragment } from '../sql/PgFragment.js';
import { readBigint } from '../stores/readBigint.js';
import { openPgValueTable } from '../valueTables/openPgValueTable.js';
import type { PgValueTableFacts } from '../valueTables/pgValueTableFacts.js';
import { pgAggregateIndexColumns, pgColumnsToIndex } from '../valueTables/pgColumnsToIndex.js';
import { pgValueRowOfRecord, writePgValueRows } from '../valueTables/pgValueRows.js';
import { pgInsertBatchSql } from './pgInsertBatchSql.js';
import { pgRecordColumns, toStoredRecord, type PgRecordRow } from './pgRecordRow.js';
import { pgValueCellsOf, pgValueWriteSql } from './pgValueWriteSql.js';
import { pgBatchSize, readPgBatches } from './readPgBatches.js';

interface PageRow extends PgRecordRow {
  sort_value: CellValue;
}

/** What a compare-and-set needs to know before it writes: the form (for its value table), the version, the data. */
interface CurrentRow {
  form_id: string;
  version: number;
  data: string;
}

/**
 * How many of an `aggregateMany`'s statements run at once on the pool: a dashboard's scans side
 * by side, but never more than two of the pool's connections (ten by default) for one dashboard.
 */
const aggregateLanes = 2;

const joined = (table: string): PgFragment => pgRaw(`${table} v JOIN records r ON r.seq = v.rid LEFT JOIN users u ON u.id = r.creator_id`);

/**
 * RecordStore over PostgreSQL, behaving as the SQLite store (`createSqliteRecordStore`) does:
 * `records` holds the JSON text, the form's typed value table (`openPgValueTable`) the cells every
 * read filters, sorts and aggregates on, joining `records` (and `users`, for the creator's name)
 * only for the rows it returns.
 *
 * Atomic writes on a pool: outside a transaction each call may run on another connection, so each
 * write of a record and its value row is ONE statement — the record's INSERT or compare-and-set
 * UPDATE in a CTE `r`, the value row written from what `r` returned (`pgValueWriteSql`). A
 * failing value row undoes the record, and an UPDATE that lost its compare-and-set writes no value
 * row. No client is checked out and no BEGIN is sent for it, so the same code serves the pool and
 * a transaction's client. (Only creating or widening a value table runs before, in its own
 * statement: an empty table or column left by a failed insert is harmless and reused.)
 *
 * Cheap to make, as `createPostgresStores` makes one per transaction: no statements prepared. What
 * value tables have is asked of the catalog only when `facts` (kept per process, per transaction
 * until it commits, see `pgValueTableFacts`) do not already show the table current; without
 * `facts`, every call asks.
 *
 * Where PostgreSQL differs: `seq` is taken at INSERT, not at commit, so under concurrent writers
 * seqs commit out of order. A page walk (keyset on the sort value, then seq) may therefore miss a
 * record whose transaction committed, with a lower seq than the page's last, after that page was
 * read — as it would miss, in either database, a record inserted meanwhile that sorts before the
 * cursor. Nothing is ever shown twice, and the record is there on the next walk; a list is not a
 * snapshot in SQLite either. Exports (`iterate` on the pool) read one snapshot instead, see
 * `readPgBatches`. Value cells of the wrong type are stored as `encodePgCell` says.
 *
 * @example
 * const stores = createPostgresStores(pool, { records: createPgRecordStore });
 */
export function createPgRecordStore(db: PgQueryable, facts?: PgValueTableFacts): RecordStore {
  const one = async <Row extends object>(query: PgFragment): Promise<Row | undefined> => (await db.query<Row & Record<string, unknown>>(query.sql, [...query.params])).rows[0];

  const current = (id: string): Promise<CurrentRow | undefined> => one<CurrentRow>(pgSql`SELECT form_id, version, data FROM records WHERE id = ${id}`);

  // The form's write stamp is bumped in the same statement, and only when `r` wrote a row.
  const returned = (cte: PgFragment, valueWrite: PgFragment): PgFragment =>
    pgSql`WITH r AS (${cte}), w AS (${valueWrite}), s AS (${pgRaw(bumpStampFromR)}) SELECT ${pgRaw(pgRecordColumns)} FROM r LEFT JOIN users u ON u.id = r.creator_id`;

  /** An aggregate's statement, its table, columns and covering index put in place first. */
  const aggregateStatement = async (selection: AggregateSelection, query: AggregateQuery, offsetMinutes: number): Promise<PgFragment> => {
    const table = await openPgValueTable(db, selection.formId, selection.columns, {
      wanted: pgColumnsToIndex(query.filter, null, selection.scope),
      covering: pgAggregateIndexColumns(query, selection.scope),
    }, facts);
    return compilePgAggregateSql(query, table, selection.scope, offsetMinutes);
  };

  const readAggregate = async (compiled: PgFragment, query: AggregateQuery): Promise<AggregateResult> => {
    // Rows by name (g0…, m0…), as PgQueryable takes no rowMode: the names are the positions.
    const { rows } = await db.query<Record<string, CellValue>>(compiled.sql, [...compiled.params]);
    const truncated = rows.length > query.limit;
    const kept = truncated ? rows.slice(0, query.limit) : rows;
    const result: AggregateRow[] = kept.map((row) => ({
      keys: query.groups.map((_, index) => row[`g${String(index)}`] ?? null),
      values: query.measures.map((_, index) => row[`m${String(index)}`] ?? null),
    }));
    return { rows: result, truncated };
  };

  const selectionTable = (selection: RecordSelection): Promise<string> =>
    openPgValueTable(db, selection.formId, selection.columns, { wanted: pgColumnsToIndex(selection.filter, null, selection.scope) }, facts);

  return {
    async insert(record, columns) {
      const table = await openPgValueTable(db, record.formId, columns, {}, facts);
      const { id, formId, formVersion, creatorId, ownerId, ownerDepartmentId, createdAt } = record;
      const row = await one<PgRecordRow>(
        returned(
          pgSql`INSERT INTO records (id, form_id, form_version, data, version, creator_id, owner_id, owner_department_id, created_at, updated_at, updated_by)
            VALUES (${id}, ${formId}, ${formVersion}, ${JSON.stringify(record.data)}, 1, ${creatorId}, ${ownerId}, ${ownerDepartmentId}, ${createdAt}, ${createdAt}, ${creatorId}) RETURNING *`,
          pgValueWriteSql(table, columns, pgValueCellsOf(columns, record.data)),
        ),
      );
      if (!row) throw new Error(`record ${id} was not returned by its INSERT`);
      return toStoredRecord(row);
    },

    async insertMany(batch, columns) {
      const { ids, json } = batch;
      if (json.length !== ids.length || batch.cells.length !== ids.length * columns.length) {
        throw new Error(`a batch of ${String(ids.length)} ids has ${String(json.length)} data and ${String(batch.cells.length)} cells for ${String(columns.length)} columns`);
      }
      if (ids.length === 0) return;
      const table = await openPgValueTable(db, batch.formId, columns, {}, facts);
      const { sql, values } = pgInsertBatchSql(table, batch, columns);
      await db.query(sql, values);
      // Inside the import's transaction (see the port): visible with the records, at their commit.
      const bump = pgSql`INSERT INTO record_write_stamps (form_id, stamp) VALUES (${batch.formId}, 1)
        ON CONFLICT (form_id) DO UPDATE SET stamp = record_write_stamps.stamp + 1`;
      await db.query(bump.sql, [...bump.params]);
    },

    async update(id, expectedVersion, change, columns) {
      // form_id never changes (a trigger refuses it), so the table read here is the record's for good.
      const found = await current(id);
      if (!found || found.version !== expectedVersion) return undefined;
      const table = await openPgValueTable(db, found.form_id, columns, {}, facts);
      const row = await one<PgRecordRow>(
        returned(
          pgSql`UPDATE records SET data = ${JSON.stringify(change.data)}, form_version = ${change.formVersion}, version = version + 1,
            updated_by = ${change.updatedBy}, updated_at = ${change.updatedAt} WHERE id = ${id} AND version = ${expectedVersion} RETURNING *`,
          pgValueWriteSql(table, columns, pgValueCellsOf(columns, change.data)),
        ),
      );
      return row ? toStoredRecord(row) : undefined;
    },

    async setDeleted(id, expectedVersion, change, columns) {
      const found = await current(id);
      if (!found || found.version !== expectedVersion) return undefined;
      const table = await openPgValueTable(db, found.form_id, columns, {}, facts);
      // The data read above is the data at `expectedVersion`: if the UPDATE below matches, it is unchanged.
      const data = JSON.parse(found.data) as RecordData;
      const row = await one<PgRecordRow>(
        returned(
          pgSql`UPDATE records SET deleted_at = ${change.deleted ? change.at : null}, deleted_by = ${change.deleted ? change.by : null}, version = version + 1,
            updated_at = ${change.at}, updated_by = ${change.by} WHERE id = ${id} AND version = ${expectedVersion} RETURNING *`,
          pgValueWriteSql(table, columns, pgValueCellsOf(columns, data)),
        ),
      );
      return row ? toStoredRecord(row) : undefined;
    },

    async findById(id) {
      const row = await one<PgRecordRow>(pgSql`SELECT ${pgRaw(pgRecordColumns)} FROM records r LEFT JOIN users u ON u.id = r.creator_id WHERE r.id = ${id}`);
      return row ? toStoredRecord(row) : undefined;
    },

    async findByIds(ids) {
      if (ids.length === 0) return [];
      const { rows } = await db.query<PgRecordRow>(`SELECT ${pgRecordColumns} FROM records r LEFT JOIN users u ON u.id = r.creator_id WHERE r.id = ANY($1::text[])`, [ids]);
      return rows.map(toStoredRecord);
    },

    async page(request) {
      const table = await openPgValueTable(db, request.formId, request.columns, { wanted: pgColumnsToIndex(request.filter, request.sort, request.scope) }, facts);
      const page = compilePgRecordPageSql(request.sort, request.cursor, 'v');
      const query = pgSql`SELECT ${pgRaw(pgRecordColumns)}, ${pgRaw(page.sortValue)} AS sort_value FROM ${joined(table)}
        WHERE ${compilePgSelectionSql(request, 'v')} AND ${page.after} ORDER BY ${pgRaw(page.orderBy)} LIMIT ${request.limit + 1}`;
      const { rows } = await db.query<PageRow>(query.sql, [...query.params]);
      const more = rows.length > request.limit;
      const kept = more ? rows.slice(0, request.limit) : rows;
      const last = kept.at(-1);
      return {
        records: kept.map(toStoredRecord),
        next: more && last ? { sortKey: sortKeyOf(request.sort), value: last.sort_value ?? null, seq: readBigint(last.seq) } : null,
      };
    },

    async count(selection) {
      const table = await selectionTable(selection);
      const row = await one<{ count: number | string }>(pgSql`SELECT count(*) AS count FROM ${pgRaw(table)} v WHERE ${compilePgSelectionSql(selection, 'v')}`);
      return readBigint(row?.count ?? 0);
    },

    async aggregate(selection, query, offsetMinutes) {
      return readAggregate(await aggregateStatement(selection, query, offsetMinutes), query);
    },

    async aggregateMany(asks, offsetMinutes) {
      const answers: PromiseSettledResult<AggregateResult>[] = [];
      // Tables and covering indexes one after another (DDL on one table should not race itself)…
      const statements: (PgFragment | null)[] = [];
      for (const [index, { selection, query }] of asks.entries()) {
        try {
          statements.push(await aggregateStatement(selection, query, offsetMinutes));
        } catch (error) {
          statements.push(null);
          answers[index] = { status: 'rejected', reason: error };
        }
      }
      // …then the reads side by side on the pool, `aggregateLanes` at a time (a transaction's
      // client takes them one after another anyway).
      let next = 0;
      const lane = async (): Promise<void> => {
        for (let index = next++; index < asks.length; index = next++) {
          const statement = statements[index];
          const ask = asks[index];
          if (!statement || !ask) continue;
          try {
            answers[index] = { status: 'fulfilled', value: await readAggregate(statement, ask.query) };
          } catch (error) {
            answers[index] = { status: 'rejected', reason: error };
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(aggregateLanes, asks.length) }, lane));
      return answers;
    },

    async prepareToRead(selection) {
      await selectionTable(selection);
    },

    async *iterate(selection) {
      // Tables and indexes first, outside the read-only snapshot `readPgBatches` may open.
      const table = await selectionTable(selection);
      const where = compilePgSelectionSql(selection, 'v');
      yield* readPgBatches(
        db,
        (after) => pgSql`SELECT ${pgRaw(pgRecordColumns)} FROM ${joined(table)} WHERE ${where} AND v.rid > ${after} ORDER BY v.rid LIMIT ${pgBatchSize}`,
      );
    },

    iterateForm(formId) {
      return readPgBatches(db, (after) => formBatch(formId, after));
    },

    async rewriteValues(formId, columns) {
      const table = await openPgValueTable(db, formId, columns, {}, facts);
      let after = 0;
      for (;;) {
        const query = formBatch(formId, after);
        const { rows } = await db.query<PgRecordRow>(query.sql, [...query.params]);
        const records: StoredRecord[] = rows.map(toStoredRecord);
        await writePgValueRows(db, table, columns, records.map((record) => pgValueRowOfRecord(record, columns)), true);
        const last = records.at(-1);
        if (records.length < pgBatchSize || !last) return;
        after = last.seq;
      }
    },

    async writeStamps(formIds) {
      const stamps = new Map<string, number>(formIds.map((formId) => [formId, 0]));
      if (formIds.length === 0) return stamps;
      const { rows } = await db.query<{ form_id: string; stamp: number | string }>('SELECT form_id, stamp FROM record_write_stamps WHERE form_id = ANY($1::text[])', [[...formIds]]);
      for (const row of rows) stamps.set(row.form_id, readBigint(row.stamp));
      return stamps;
    },

    async hasValue(formId, columns, fieldId, value, exceptId) {
      const column = columns.find((candidate) => candidate.fieldId === fieldId);
      if (!column || value === null) return false;
      const table = await openPgValueTable(db, formId, columns, {}, facts);
      const found = await one(
        pgSql`SELECT 1 AS found FROM ${pgRaw(table)} v WHERE ${compilePgCellEqualsSql(column, value, 'v')} AND NOT v.deleted
          AND v.rid <> coalesce((SELECT seq FROM records WHERE id = ${exceptId ?? ''}), 0) LIMIT 1`,
      );
      return found !== undefined;
    },
  };
}

const bumpStampFromR = `INSERT INTO record_write_stamps (form_id, stamp) SELECT form_id, 1 FROM r
  ON CONFLICT (form_id) DO UPDATE SET stamp = record_write_stamps.stamp + 1`;

/** A form's records after seq `after`, deleted ones too, one batch. */
function formBatch(formId: string, after: number): PgFragment {
  return pgSql`SELECT ${pgRaw(pgRecordColumns)} FROM records r LEFT JOIN users u ON u.id = r.creator_id
    WHERE r.form_id = ${formId} AND r.seq > ${after} ORDER BY r.seq LIMIT ${pgBatchSize}`;
}
