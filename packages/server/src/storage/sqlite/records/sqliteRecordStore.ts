import type { RecordData } from '@formwork/runtime';
import type { Statement } from 'better-sqlite3';
import type { SqliteDatabase } from '../openDatabase.js';
import type { BoundValue } from '../../../query/FilterPredicate.js';
import { compileAggregateSql } from '../sql/compileAggregateSql.js';
import { compileFilterSql } from '../sql/compileFilterSql.js';
import { compileRecordPageSql } from '../sql/compileRecordPageSql.js';
import { compileRowFilterSql } from '../sql/compileRowFilterSql.js';
import type { SqlFragment } from '../sql/SqlFragment.js';
import { sortKeyOf } from '../../../query/RecordSort.js';
import type { CellValue } from '../../../records/projectValue.js';
import type { RecordAction, RecordChange, RecordHistoryEntry } from '../../../records/RecordChange.js';
import type { IdempotencyStore } from '../../IdempotencyStore.js';
import type { RecordHistoryStore } from '../../RecordHistoryStore.js';
import type { AggregateQuery } from '../../../query/AggregateQuery.js';
import type { AggregateResult, AggregateSelection, RecordSelection, RecordStore } from '../../RecordStore.js';
import type { SerialStore } from '../../SerialStore.js';
import type { Synchronous } from '../Synchronous.js';
import type { StoredRecord } from '../../../records/StoredRecord.js';
import { aggregateResultOf } from './aggregateResultOf.js';
import { aggregateIndexColumns, columnsToIndex } from './columnsToIndex.js';
import { createSqliteValueTables } from './sqliteValueTables.js';
import { valueColumnName } from '../../sqlColumns/valueColumnName.js';

interface RecordRow {
  seq: number;
  id: string;
  form_id: string;
  form_version: number;
  data: string;
  version: number;
  creator_id: string | null;
  creator_name: string | null;
  owner_id: string | null;
  owner_department_id: string | null;
  created_at: number;
  updated_at: number;
  updated_by: string | null;
  deleted_at: number | null;
  deleted_by: string | null;
  sort_value?: CellValue;
}

interface HistoryRow {
  record_id: string;
  version: number;
  action: RecordAction;
  actor_id: string | null;
  actor_name: string | null;
  at: number;
  changes: string;
  reason: string | null;
  approved_by: string | null;
  approver_name: string | null;
}

const recordColumns = `r.seq, r.id, r.form_id, r.form_version, r.data, r.version, r.creator_id, u.name AS creator_name, r.owner_id,
  r.owner_department_id, r.created_at, r.updated_at, r.updated_by, r.deleted_at, r.deleted_by`;

const batchSize = 500;

/**
 * RecordStore over SQLite: `records` holds the JSON, the form's value table (see
 * sqliteValueTables) is written in the same transaction, and every read that selects records
 * (page, count, aggregate, export) filters on the value table, joining `records` only for the rows
 * it returns.
 */
export function createSqliteRecordStore(db: SqliteDatabase): SqliteRecordStores {
  const tables = createSqliteValueTables(db);
  const insert = db.prepare(
    `INSERT INTO records (id, form_id, form_version, data, version, creator_id, owner_id, owner_department_id, created_at, updated_at, updated_by)
     VALUES (@id, @formId, @formVersion, @data, 1, @creatorId, @ownerId, @ownerDepartmentId, @createdAt, @createdAt, @creatorId)`,
  );
  const insertPositional = db.prepare(
    `INSERT INTO records (id, form_id, form_version, data, version, creator_id, owner_id, owner_department_id, created_at, updated_at, updated_by)
     VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)`,
  );
  const byId = db.prepare<[string], RecordRow>(`SELECT ${recordColumns} FROM records r LEFT JOIN users u ON u.id = r.creator_id WHERE r.id = ?`);
  const byIds = db.prepare<[string], RecordRow>(`SELECT ${recordColumns} FROM records r LEFT JOIN users u ON u.id = r.creator_id WHERE r.id IN (SELECT value FROM json_each(?))`);
  const bySeq = db.prepare<[number], RecordRow>(`SELECT ${recordColumns} FROM records r LEFT JOIN users u ON u.id = r.creator_id WHERE r.seq = ?`);
  const formBatch = db.prepare<[string, number, number], RecordRow>(
    `SELECT ${recordColumns} FROM records r LEFT JOIN users u ON u.id = r.creator_id WHERE r.form_id = ? AND r.seq > ? ORDER BY r.seq LIMIT ?`,
  );
  const updateData = db.prepare(
    `UPDATE records SET data = @data, form_version = @formVersion, version = version + 1, updated_by = @updatedBy, updated_at = @updatedAt
     WHERE id = @id AND version = @expectedVersion`,
  );
  const updateDeleted = db.prepare(
    `UPDATE records SET deleted_at = @deletedAt, deleted_by = @deletedBy, version = version + 1, updated_at = @updatedAt, updated_by = @updatedBy
     WHERE id = @id AND version = @expectedVersion`,
  );
  // After each write, in its transaction when there is one (SQLite has one writer: no interleaving).
  const bumpStamp = db.prepare<[string]>(
    'INSERT INTO record_write_stamps (form_id, stamp) VALUES (?, 1) ON CONFLICT (form_id) DO UPDATE SET stamp = stamp + 1',
  );
  const insertHistory = db.prepare('INSERT INTO record_history (record_id, version, action, actor_id, at, changes, reason, approved_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const selectHistory = db.prepare<[string], HistoryRow>(
    `SELECT h.record_id, h.version, h.action, h.actor_id, u.name AS actor_name, h.at, h.changes, h.reason, h.approved_by, a.name AS approver_name
     FROM record_history h LEFT JOIN users u ON u.id = h.actor_id LEFT JOIN users a ON a.id = h.approved_by WHERE h.record_id = ? ORDER BY h.seq`,
  );
  const selectCreation = db.prepare<[string], { creator_id: string | null; creator_name: string | null; created_at: number }>(
    'SELECT r.creator_id, u.name AS creator_name, r.created_at FROM records r LEFT JOIN users u ON u.id = r.creator_id WHERE r.id = ?',
  );
  const nextSerial = db.prepare<[string, string, string, number], number>(
    `INSERT INTO serial_counters (form_id, field_id, period, value) VALUES (?, ?, ?, ?)
     ON CONFLICT (form_id, field_id, period) DO UPDATE SET value = value + 1 RETURNING value`,
  ).pluck();
  const findIdempotent = db.prepare<[string, string, string], { request_hash: string; record_id: string; response: string }>(
    'SELECT request_hash, record_id, response FROM record_idempotency WHERE form_id = ? AND user_id = ? AND key = ?',
  );
  const forgetIdempotent = db.prepare('DELETE FROM record_idempotency WHERE created_at < ?');
  const saveIdempotent = db.prepare(
    'INSERT INTO record_idempotency (form_id, user_id, key, request_hash, record_id, response, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );

  // Statements built per query shape (filters, sorts, aggregates, unique checks), kept for reuse:
  // preparing costs as much as running a small query. Bounded; the oldest shape goes first.
  const shapes = new Map<string, Statement>();
  const prepareShape = (sql: string): Statement => {
    let statement = shapes.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      shapes.set(sql, statement);
      if (shapes.size > 500) shapes.delete(shapes.keys().next().value as string);
    }
    return statement;
  };

  const mustFindSeq = (seq: number): StoredRecord => {
    const row = bySeq.get(seq);
    if (!row) throw new Error(`record ${seq} vanished`);
    return toRecord(row);
  };

  const where = (selection: RecordSelection): { sql: string; params: BoundValue[] } => {
    const scope = compileRowFilterSql(selection.scope, 'v');
    const filter = selection.filter ? compileFilterSql(selection.filter, 'v') : { sql: '1', params: [] };
    return { sql: `v.deleted = ${selection.state === 'deleted' ? 1 : 0} AND ${scope.sql} AND ${filter.sql}`, params: [...scope.params, ...filter.params] };
  };

  /** An aggregate's statement, its table, columns and indexes put in place first (a write, on this connection). */
  const aggregateStatement = (selection: AggregateSelection, query: AggregateQuery, offsetMinutes: number): SqlFragment => {
    const table = tables.open(selection.formId, selection.columns, columnsToIndex(query.filter, null, selection.scope), aggregateIndexColumns(query, selection.scope));
    return compileAggregateSql(query, table.name, selection.scope, offsetMinutes);
  };

  const records: Synchronous<RecordStore> = {
    insert(record, columns) {
      const table = tables.open(record.formId, columns);
      const { lastInsertRowid } = insert.run({ ...record, data: JSON.stringify(record.data) });
      const stored = mustFindSeq(Number(lastInsertRowid));
      table.insert(stored);
      bumpStamp.run(record.formId);
      return stored;
    },

    insertMany(batch, columns) {
      const { formId, formVersion, creatorId, ownerId, ownerDepartmentId, createdAt, ids, json } = batch;
      if (json.length !== ids.length || batch.cells.length !== ids.length * columns.length) {
        throw new Error(`a batch of ${String(ids.length)} ids has ${String(json.length)} data and ${String(batch.cells.length)} cells for ${String(columns.length)} columns`);
      }
      if (ids.length === 0) return;
      const table = tables.open(formId, columns);
      // Positional parameters, everything pre-encoded: this loop is the import's hot path.
      for (let index = 0; index < ids.length; index++) {
        const { lastInsertRowid } = insertPositional.run(ids[index], formId, formVersion, json[index], creatorId, ownerId, ownerDepartmentId, createdAt, createdAt, creatorId);
        table.insertEncoded(Number(lastInsertRowid), batch, index);
      }
      bumpStamp.run(formId);
    },

    update(id, expectedVersion, change, columns) {
      const result = updateData.run({ id, expectedVersion, data: JSON.stringify(change.data), formVersion: change.formVersion, updatedBy: change.updatedBy, updatedAt: change.updatedAt });
      if (result.changes === 0) return undefined;
      const stored = toRecord(byId.get(id) as RecordRow);
      tables.open(stored.formId, columns).replace(stored);
      bumpStamp.run(stored.formId);
      return stored;
    },

    setDeleted(id, expectedVersion, change, columns) {
      const result = updateDeleted.run({
        id,
        expectedVersion,
        deletedAt: change.deleted ? change.at : null,
        deletedBy: change.deleted ? change.by : null,
        updatedAt: change.at,
        updatedBy: change.by,
      });
      if (result.changes === 0) return undefined;
      const stored = toRecord(byId.get(id) as RecordRow);
      tables.open(stored.formId, columns).replace(stored);
      bumpStamp.run(stored.formId);
      return stored;
    },

    findById(id) {
      const row = byId.get(id);
      return row ? toRecord(row) : undefined;
    },

    findByIds(ids) {
      return ids.length === 0 ? [] : byIds.all(JSON.stringify(ids)).map(toRecord);
    },

    page(request) {
      const table = tables.open(request.formId, request.columns, columnsToIndex(request.filter, request.sort, request.scope));
      const condition = where(request);
      const page = compileRecordPageSql(request.sort, request.cursor, 'v');
      const rows = prepareShape(
        `SELECT ${recordColumns}, ${page.sortValue} AS sort_value
         FROM ${table.name} v JOIN records r ON r.seq = v.rid LEFT JOIN users u ON u.id = r.creator_id
         WHERE ${condition.sql} AND ${page.after.sql}
         ORDER BY ${page.orderBy} LIMIT ?`,
      ).all(...condition.params, ...page.after.params, request.limit + 1) as RecordRow[];
      const more = rows.length > request.limit;
      const kept = more ? rows.slice(0, request.limit) : rows;
      const last = kept.at(-1);
      return {
        records: kept.map(toRecord),
        next: more && last ? { sortKey: sortKeyOf(request.sort), value: last.sort_value ?? null, seq: last.seq } : null,
      };
    },

    count(selection) {
      const table = tables.open(selection.formId, selection.columns, columnsToIndex(selection.filter, null, selection.scope));
      const condition = where(selection);
      return (prepareShape(`SELECT count(*) AS count FROM ${table.name} v WHERE ${condition.sql}`).get(...condition.params) as { count: number }).count;
    },

    aggregate(selection, query, offsetMinutes) {
      const { sql, params } = aggregateStatement(selection, query, offsetMinutes);
      return aggregateResultOf(prepareShape(sql).raw(true).all(...params) as CellValue[][], query);
    },

    // One after another on this connection; the outer stores of a file database may fan them out
    // instead (see createSqliteStores).
    aggregateMany(asks, offsetMinutes) {
      return asks.map(({ selection, query }): PromiseSettledResult<AggregateResult> => {
        try {
          return { status: 'fulfilled', value: records.aggregate(selection, query, offsetMinutes) };
        } catch (error) {
          return { status: 'rejected', reason: error };
        }
      });
    },

    prepareToRead(selection) {
      tables.open(selection.formId, selection.columns, columnsToIndex(selection.filter, null, selection.scope));
    },
    *iterate(selection) {
      const table = tables.open(selection.formId, selection.columns, columnsToIndex(selection.filter, null, selection.scope));
      const condition = where(selection);
      const statement = db.prepare<BoundValue[], RecordRow>(
        `SELECT ${recordColumns} FROM ${table.name} v JOIN records r ON r.seq = v.rid LEFT JOIN users u ON u.id = r.creator_id
         WHERE ${condition.sql} AND v.rid > ? ORDER BY v.rid LIMIT ${batchSize}`,
      );
      // Batches rather than one open cursor: the connection stays free between them.
      let after = 0;
      for (;;) {
        const rows = statement.all(...condition.params, after);
        for (const row of rows) yield toRecord(row);
        if (rows.length < batchSize) return;
        after = rows[rows.length - 1]?.seq ?? after;
      }
    },

    *iterateForm(formId) {
      let after = 0;
      for (;;) {
        const rows = formBatch.all(formId, after, batchSize);
        for (const row of rows) yield toRecord(row);
        if (rows.length < batchSize) return;
        after = rows[rows.length - 1]?.seq ?? after;
      }
    },

    rewriteValues(formId, columns) {
      const table = tables.open(formId, columns);
      let after = 0;
      for (;;) {
        const rows = formBatch.all(formId, after, batchSize);
        for (const row of rows) table.replace(toRecord(row));
        if (rows.length < batchSize) return;
        after = rows[rows.length - 1]?.seq ?? after;
      }
    },

    writeStamps(formIds) {
      const stamps = new Map<string, number>(formIds.map((formId) => [formId, 0]));
      if (formIds.length === 0) return stamps;
      const rows = prepareShape(`SELECT form_id, stamp FROM record_write_stamps WHERE form_id IN (${formIds.map(() => '?').join(', ')})`).all(...formIds) as {
        form_id: string;
        stamp: number;
      }[];
      for (const row of rows) stamps.set(row.form_id, row.stamp);
      return stamps;
    },

    hasValue(formId, columns, fieldId, value, exceptId) {
      const column = columns.find((candidate) => candidate.fieldId === fieldId);
      if (!column || value === null) return false;
      const table = tables.open(formId, columns);
      const found = prepareShape(
        `SELECT 1 AS found FROM ${table.name} v WHERE v.${valueColumnName(column.fieldId)} = ? AND v.deleted = 0 AND v.rid <> coalesce((SELECT seq FROM records WHERE id = ?), 0) LIMIT 1`,
      ).get(value, exceptId ?? '');
      return found !== undefined;
    },

  };

  const history: Synchronous<RecordHistoryStore> = {
    append(entry) {
      insertHistory.run(entry.recordId, entry.version, entry.action, entry.actorId, entry.at, JSON.stringify(entry.changes), entry.reason ?? null, entry.approvedBy ?? null);
    },

    list(recordId) {
      const stored = selectHistory.all(recordId).map((row) => ({
        recordId: row.record_id,
        version: row.version,
        action: row.action,
        actorId: row.actor_id,
        actorName: row.actor_name,
        at: row.at,
        changes: JSON.parse(row.changes) as RecordChange[],
        reason: row.reason,
        ...(row.approved_by === null ? {} : { approvedBy: row.approved_by, approverName: row.approver_name }),
      })) satisfies RecordHistoryEntry[];
      // The creation is stamped on the record's row, which never changes (migration 0003);
      // records created before that have a stored `create` entry instead.
      const creation = selectCreation.get(recordId);
      if (!creation || stored.some((entry) => entry.action === 'create')) return stored;
      const created: RecordHistoryEntry = { recordId, version: 1, action: 'create', actorId: creation.creator_id, actorName: creation.creator_name, at: creation.created_at, changes: [], reason: null };
      return [created, ...stored];
    },

  };

  const serials: Synchronous<SerialStore> = {
    next(formId, fieldId, period, start) {
      const value = nextSerial.get(formId, fieldId, period, start);
      if (value === undefined) throw new Error('serial counter did not return a value');
      return value;
    },

  };

  const idempotency: Synchronous<IdempotencyStore> = {
    find(formId, userId, key) {
      const row = findIdempotent.get(formId, userId, key);
      return row ? { requestHash: row.request_hash, recordId: row.record_id, response: JSON.parse(row.response) as unknown } : undefined;
    },

    deleteBefore(before) {
      return forgetIdempotent.run(before).changes;
    },

    save(formId, userId, key, submit, at) {
      saveIdempotent.run(formId, userId, key, submit.requestHash, submit.recordId, JSON.stringify(submit.response), at);
    },
  };

  return { records, history, serials, idempotency, forgetSchema: tables.forget, aggregateStatement };
}

/** The record store and the stores kept beside it, sharing one connection's statements. */
export interface SqliteRecordStores {
  readonly records: Synchronous<RecordStore>;
  readonly history: Synchronous<RecordHistoryStore>;
  readonly serials: Synchronous<SerialStore>;
  readonly idempotency: Synchronous<IdempotencyStore>;
  /** Drops what the store knows of value tables: called after a rollback, which may have undone some. */
  readonly forgetSchema: () => void;
  /**
   * An aggregate's statement, for another connection to run: what it reads (table, columns, its
   * covering index) is created first on this one, which a read-only connection cannot do.
   */
  readonly aggregateStatement: (selection: AggregateSelection, query: AggregateQuery, offsetMinutes: number) => SqlFragment;
}

function toRecord(row: RecordRow): StoredRecord {
  return {
    seq: row.seq,
    id: row.id,
    formId: row.form_id,
    formVersion: row.form_version,
    data: JSON.parse(row.data) as RecordData,
    version: row.version,
    creatorId: row.creator_id,
    creatorName: row.creator_name,
    ownerId: row.owner_id,
    ownerDepartmentId: row.owner_department_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    deletedAt: row.deleted_at,
    deletedBy: row.deleted_by,
  };
}
