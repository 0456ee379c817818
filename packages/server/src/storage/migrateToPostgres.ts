import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { Pool, PoolClient } from 'pg';
import { collectFieldHistory } from '../forms/collectFieldHistory.js';
import { valueColumnsOf } from '../records/valueColumnsOf.js';
import { describePostgresUrl } from './postgres/describePostgresUrl.js';
import { migratePostgres } from './postgres/migratePostgres.js';
import { openPostgres } from './postgres/openPostgres.js';
import { createPgRecordStore } from './postgres/records/createPgRecordStore.js';
import { createPgFormStore } from './postgres/stores/pgFormStore.js';
import { migrations as sqliteMigrations } from './sqlite/migrations/index.js';
import { DataFolderBusyError, holdDataFolder, type DataFolderHold } from './sqlite/holdDataFolder.js';
import type { SqliteDatabase } from './sqlite/openDatabase.js';
import { copiedTables, isValueTable, tablesLeftBehind } from './migrateToPostgres/copiedTables.js';
import { copyLaterColumns, copyTable, type PgColumn, type ProgressLine } from './migrateToPostgres/copyTable.js';

/** What `migrateToPostgres` is asked to do. */
export interface MigrateToPostgresOptions {
  /** The SQLite database file of the deployment (`<data folder>/formwork.sqlite`). */
  readonly from: string;
  /** `postgres://user:password@host:port/database` of an empty (or freshly migrated) database. */
  readonly to: string;
  /** Told each step and table (default: nothing). */
  readonly progress?: ProgressLine;
  /** Rows per INSERT (default 2,000). */
  readonly batchSize?: number;
  readonly now?: () => number;
}

/** What was copied: rows per table, in copy order, and records per form. */
export interface MigrateToPostgresReport {
  readonly tables: readonly { readonly table: string; readonly rows: number }[];
  readonly recordsByForm: Readonly<Record<string, number>>;
}

/**
 * Copies a SQLite deployment into an empty PostgreSQL database, so that servers started with
 * `FORMWORK_DATABASE_URL` carry on where the SQLite server stopped (`formwork migrate-to-postgres`).
 *
 * - The SQLite file is opened read-only and read in one snapshot; it must be at the newest schema
 *   (otherwise: start the server once on it), and is never changed, so it stays the way back.
 * - The target is migrated (`migratePostgres`) and must hold no data: the copy never merges.
 * - Everything is copied in ONE PostgreSQL transaction, table by table in foreign-key order
 *   (`copiedTables`), streamed in batches, with the seqs kept and the identity sequences moved past
 *   them. The forms' value tables are not copied but rebuilt from the records by PostgreSQL's own
 *   record store (`rewriteValues`), so PostgreSQL's typing rules apply to them.
 * - Before COMMIT the rows are counted on both sides, per table and per form (value rows too);
 *   any difference rolls everything back and names the table.
 *
 * File bytes are not in the database: the data folder's `files/` must be copied or shared too.
 * Errors carry both languages and never the URL's password.
 */
export async function migrateToPostgres(options: MigrateToPostgresOptions): Promise<MigrateToPostgresReport> {
  const progress = options.progress ?? (() => undefined);
  const now = options.now ?? Date.now;
  const batchSize = Math.max(1, options.batchSize ?? 2000);
  const where = describePostgresUrl(options.to);
  const sqlite = openSource(options.from);
  let hold: DataFolderHold | undefined;
  try {
    hold = holdSourceFolder(options.from, now);
    checkSourceSchema(sqlite);
    // No statement timeout: one INSERT of a big batch, or the counts of a million records, may take
    // longer than a server's request would be allowed.
    const pool = await openPostgres(options.to, { max: 1, statementTimeoutMs: 0 });
    try {
      progress(`PostgreSQL ${where}: migrating the schema`);
      await migratePostgres(pool, now);
      const report = await copyAll(sqlite, pool, batchSize, progress);
      progress(filesNotice);
      return report;
    } finally {
      await pool.end();
    }
  } finally {
    hold?.release();
    sqlite.close();
  }
}

/**
 * Claims the SQLite file's data folder as a server does (`holdDataFolder`), so that no server runs
 * on it while it is copied: what one wrote after the copy's snapshot would be lost, and one started
 * meanwhile is refused. A folder that cannot be claimed for another reason (read-only, a backup
 * copy somewhere) is copied all the same: no server can be running there either.
 */
function holdSourceFolder(file: string, now: () => number): DataFolderHold | undefined {
  try {
    return holdDataFolder(dirname(resolve(file)), now);
  } catch (error) {
    if (!(error instanceof DataFolderBusyError)) return undefined;
    throw new Error(
      `有 Formwork 服务器正在使用 ${error.dataDir}${error.holder ? `（${error.holder}）` : ''}，请先停止它再迁移 / ` +
        `A Formwork server is running on ${error.dataDir}${error.holder ? ` (${error.holder})` : ''}: stop it before migrating, or its later writes would be lost`,
    );
  }
}

/** Printed after a copy: file bytes live in the data folder (the BlobStore), not in the database. */
export const filesNotice =
  '上传的文件不在数据库中：请把原数据目录下的 files/ 复制或共享给新的服务器（FORMWORK_DATA_DIR） / ' +
  "Uploaded files are not in the database: copy or share the old data folder's files/ with the new servers (FORMWORK_DATA_DIR)";

function openSource(file: string): SqliteDatabase {
  const path = resolve(file);
  if (!existsSync(path)) throw new Error(`找不到 SQLite 数据库 ${path} / No SQLite database at ${path}`);
  const db = new Database(path, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
}

/** Refuses a file that is not a Formwork database at exactly this build's schema. */
function checkSourceSchema(sqlite: SqliteDatabase): void {
  const hasTable = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get() !== undefined;
  if (!hasTable) throw new Error('这不是 Formwork 的数据库 / This is not a Formwork database (no schema_migrations table)');
  const applied = new Set(sqlite.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
  const known = new Set(sqliteMigrations.map((migration) => migration.version));
  if ([...applied].some((version) => !known.has(version))) {
    throw new Error('数据库比此版本的 Formwork 更新，请先升级 Formwork / The database is newer than this version of Formwork; upgrade Formwork first');
  }
  if ([...known].some((version) => !applied.has(version))) {
    throw new Error(
      'SQLite 数据库尚未升级到当前版本：请先用此版本的 Formwork 在该数据目录上启动一次服务器（formwork serve --data-dir …），停止后再迁移 / ' +
        'The SQLite database is not at the current schema: start this version of Formwork on its data folder once (formwork serve --data-dir …), stop it, then migrate',
    );
  }
}

async function copyAll(sqlite: SqliteDatabase, pool: Pool, batchSize: number, progress: ProgressLine): Promise<MigrateToPostgresReport> {
  const client = await pool.connect();
  let clean = false;
  // One read transaction on SQLite: every table is read from the same snapshot, even if a server
  // still writes to the file (it should be stopped: what it writes after this point is not copied).
  sqlite.exec('BEGIN');
  try {
    await client.query('BEGIN ISOLATION LEVEL READ COMMITTED');
    try {
      // The session may sit idle in the transaction while SQLite reads the next batch.
      await client.query("SET LOCAL idle_in_transaction_session_timeout = 0; SET LOCAL statement_timeout = 0");
      const report = await copyInTransaction(sqlite, client, batchSize, progress);
      await client.query('COMMIT');
      clean = true;
      return report;
    } catch (error) {
      await client.query('ROLLBACK').then(
        () => (clean = true),
        () => undefined,
      );
      throw error;
    }
  } finally {
    client.release(!clean);
    sqlite.exec('COMMIT');
  }
}

async function copyInTransaction(sqlite: SqliteDatabase, client: PoolClient, batchSize: number, progress: ProgressLine): Promise<MigrateToPostgresReport> {
  const names = copiedTables.map((table) => table.name);
  checkTablesKnown('SQLite', sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[]);
  const pgTables = (await client.query<{ name: string }>("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")).rows;
  checkTablesKnown('PostgreSQL', pgTables.map((row) => row.name));
  // Nobody else writes these tables until COMMIT (a server started on the database too early
  // would wait, not interleave); reads go on.
  await client.query(`LOCK TABLE ${names.join(', ')}, value_tables IN EXCLUSIVE MODE`);
  const filled: string[] = [];
  for (const name of names) {
    if ((await client.query(`SELECT 1 FROM ${name} LIMIT 1`)).rowCount !== 0) filled.push(name);
  }
  if ((await client.query('SELECT 1 FROM value_tables LIMIT 1')).rowCount !== 0) filled.push('value_tables');
  if (filled.length > 0) {
    throw new Error(
      `目标 PostgreSQL 数据库已有数据（${filled.join(', ')}），迁移只写入空数据库，从不合并 / ` +
        `The target PostgreSQL database already holds data (${filled.join(', ')}); the migration only fills an empty database and never merges`,
    );
  }

  const columnsOf = await readPgColumns(client);
  const tables: { table: string; rows: number }[] = [];
  for (const table of copiedTables) {
    const columns = columnsOf.get(table.name) ?? [];
    if (columns.length === 0) throw new Error(`PostgreSQL has no table ${table.name}`);
    const rows = await copyTable(sqlite, client, table, columns, batchSize, progress);
    tables.push({ table: table.name, rows });
    progress(`${table.name}: ${rows.toLocaleString('en')} rows`);
  }
  // The columns left for later (departments' managers), now that every row they name exists.
  for (const table of copiedTables.filter((candidate) => candidate.later !== undefined)) {
    await copyLaterColumns(sqlite, client, table, columnsOf.get(table.name) ?? [], batchSize);
  }
  for (const [table, columns] of columnsOf) {
    if (!names.includes(table)) continue;
    for (const column of columns.filter((candidate) => candidate.identity)) {
      // Past the copied seqs: the next record or history entry continues the numbering.
      await client.query(`SELECT setval(pg_get_serial_sequence('${table}', '${column.name}'), coalesce(max(${column.name}), 0) + 1, false) FROM ${table}`);
    }
  }

  // Statistics for the rows just copied: without them the planner takes the tables for empty and
  // scans all of `records` for each batch the rebuild below reads (quadratic: a minute for 300,000
  // records instead of seconds). ANALYZE, unlike VACUUM, runs inside the transaction.
  await client.query(`ANALYZE ${names.join(', ')}`);

  const forms = createPgFormStore(client);
  const records = createPgRecordStore(client);
  const formIds = (await client.query<{ form_id: string }>('SELECT DISTINCT form_id FROM form_versions ORDER BY form_id')).rows.map((row) => row.form_id);
  for (const formId of formIds) {
    await records.rewriteValues(formId, valueColumnsOf(collectFieldHistory(await forms.listVersions(formId))));
    progress(`value table of form ${formId}: rebuilt from its records`);
  }

  progress('checking counts');
  const recordsByForm = await checkCounts(sqlite, client, tables);
  return { tables, recordsByForm };
}

/** Refuses a database holding a table this copy does not know: a newer table would otherwise be lost silently. */
function checkTablesKnown(side: string, present: readonly string[]): void {
  const known = new Set([...copiedTables.map((table) => table.name), ...tablesLeftBehind]);
  const unknown = present.filter((name) => !known.has(name) && !isValueTable(name));
  if (unknown.length > 0) {
    throw new Error(`${side} 中有迁移工具不认识的表（${unknown.join(', ')}）/ ${side} has tables the migration does not know (${unknown.join(', ')}); nothing was copied`);
  }
}

async function readPgColumns(client: PoolClient): Promise<Map<string, PgColumn[]>> {
  const { rows } = await client.query<{ table_name: string; column_name: string; udt_name: string; is_identity: string }>(
    `SELECT table_name, column_name, udt_name, is_identity FROM information_schema.columns
     WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`,
  );
  const columns = new Map<string, PgColumn[]>();
  for (const row of rows) {
    const list = columns.get(row.table_name) ?? [];
    list.push({ name: row.column_name, type: row.udt_name, identity: row.is_identity === 'YES' });
    columns.set(row.table_name, list);
  }
  return columns;
}

/**
 * Counts both sides: every table, departments with a manager, records per form, and each form's
 * value rows against its records. Throws, naming the first table that differs, so the caller rolls
 * back. Returns the records per form.
 */
async function checkCounts(sqlite: SqliteDatabase, client: PoolClient, copied: readonly { table: string; rows: number }[]): Promise<Record<string, number>> {
  const mismatch = (what: string, expected: number, found: number): Error =>
    new Error(
      `迁移后 ${what} 的行数不一致（SQLite ${String(expected)}，PostgreSQL ${String(found)}），已全部回滚 / ` +
        `${what} differs after the copy (SQLite ${String(expected)} rows, PostgreSQL ${String(found)}); everything was rolled back`,
    );
  const pgCount = async (sql: string, values: unknown[] = []): Promise<number> => Number((await client.query<{ n: number }>(sql, values)).rows[0]?.n ?? 0);
  for (const { table, rows } of copied) {
    const expected = sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    const found = await pgCount(`SELECT count(*) AS n FROM ${table}`);
    if (expected !== found || rows !== expected) throw mismatch(table, expected, found);
  }
  const managers = sqlite.prepare('SELECT count(*) FROM departments WHERE manager_id IS NOT NULL').pluck().get() as number;
  const managersFound = await pgCount('SELECT count(*) AS n FROM departments WHERE manager_id IS NOT NULL');
  if (managers !== managersFound) throw mismatch('departments.manager_id', managers, managersFound);

  const expectedByForm = new Map(
    (sqlite.prepare('SELECT form_id, count(*) AS n FROM records GROUP BY form_id').all() as { form_id: string; n: number }[]).map((row) => [row.form_id, row.n]),
  );
  const { rows } = await client.query<{ form_id: string; n: number; table_no: number | null }>(
    'SELECT r.form_id, count(*) AS n, v.table_no FROM records r LEFT JOIN value_tables v ON v.form_id = r.form_id GROUP BY r.form_id, v.table_no',
  );
  const recordsByForm: Record<string, number> = {};
  for (const row of rows) {
    const found = Number(row.n);
    recordsByForm[row.form_id] = found;
    const expected = expectedByForm.get(row.form_id) ?? 0;
    if (expected !== found) throw mismatch(`records of form ${row.form_id}`, expected, found);
    const values = row.table_no === null ? 0 : await pgCount(`SELECT count(*) AS n FROM form_values_${String(Number(row.table_no))}`);
    if (values !== found) throw mismatch(`value rows of form ${row.form_id}`, found, values);
  }
  for (const [formId, expected] of expectedByForm) {
    if (recordsByForm[formId] === undefined) throw mismatch(`records of form ${formId}`, expected, 0);
  }
  return recordsByForm;
}
