import type { PoolClient } from 'pg';
import type { SqliteDatabase } from '../sqlite/openDatabase.js';
import type { CopiedTable } from './copiedTables.js';

/** A PostgreSQL column as the copy needs it: its name, type (`udt_name`: int8, text, bool…), and whether the database numbers it. */
export interface PgColumn {
  readonly name: string;
  readonly type: string;
  readonly identity: boolean;
}

/** Where a copy reports its progress. */
export type ProgressLine = (line: string) => void;

/** Array types a column may be bound as; anything else would need a mapping of its own. */
const arrayTypes = new Set(['text', 'int2', 'int4', 'int8', 'bool', 'float8', 'numeric']);

/** Progress every this many rows of a big table, besides the line at its end. */
const progressEvery = 100_000;

/**
 * Streams one SQLite table into its PostgreSQL twin, `batchSize` rows per statement, and returns
 * how many rows it copied. Rows come from the statement's iterator (`.iterate()`), so memory holds
 * one batch however big the table is; each batch is one `INSERT … SELECT FROM unnest($1::text[],
 * $2::int8[], …)`, a parameter per column whatever the batch size.
 *
 * Values keep their exact meaning: NULL stays NULL, JSON documents stay the text the app wrote
 * (PostgreSQL checks them with its CHECK constraints), integers stay integers, and SQLite's 0/1
 * flags become PostgreSQL booleans. Identity columns (`seq`) are copied as they are
 * (`OVERRIDING SYSTEM VALUE`); the caller moves the sequences past them afterwards. Columns in
 * `table.later` are copied as NULL and set by `copyLaterColumns`.
 */
export async function copyTable(
  sqlite: SqliteDatabase,
  client: PoolClient,
  table: CopiedTable,
  columns: readonly PgColumn[],
  batchSize: number,
  progress: ProgressLine,
): Promise<number> {
  for (const column of columns) {
    if (!arrayTypes.has(column.type)) throw new Error(`${table.name}.${column.name} has PostgreSQL type ${column.type}, which the copy does not map`);
  }
  const later = new Set(table.later ?? []);
  const overriding = columns.some((column) => column.identity) ? ' OVERRIDING SYSTEM VALUE' : '';
  const sql = `INSERT INTO ${table.name} (${columns.map((column) => column.name).join(', ')})${overriding}
    SELECT * FROM unnest(${columns.map((column, index) => `$${index + 1}::${column.type}[]`).join(', ')})`;
  let copied = 0;
  let batch: unknown[][] = columns.map(() => []);
  let size = 0;
  const flush = async (): Promise<void> => {
    if (size === 0) return;
    await client.query(sql, batch);
    copied += size;
    if (Math.floor(copied / progressEvery) !== Math.floor((copied - size) / progressEvery)) progress(`  ${table.name}: ${copied.toLocaleString('en')} …`);
    batch = columns.map(() => []);
    size = 0;
  };
  for (const row of sqlite.prepare(table.select).iterate() as Iterable<Record<string, unknown>>) {
    columns.forEach((column, index) => {
      batch[index]?.push(later.has(column.name) ? null : toPg(table.name, column, row));
    });
    size++;
    if (size >= batchSize) await flush();
  }
  await flush();
  return copied;
}

/**
 * The second pass for `table.later`: sets those columns from SQLite, batch by batch, on rows copied
 * before their targets existed (departments' managers, once the users are in). Returns how many
 * rows had a value to set.
 */
export async function copyLaterColumns(
  sqlite: SqliteDatabase,
  client: PoolClient,
  table: CopiedTable,
  columns: readonly PgColumn[],
  batchSize: number,
): Promise<number> {
  const later = columns.filter((column) => table.later?.includes(column.name) === true);
  const key = columns[0];
  if (later.length === 0 || !key) return 0;
  const sql = `UPDATE ${table.name} t SET ${later.map((column) => `${column.name} = u.${column.name}`).join(', ')}
    FROM unnest($1::${key.type}[]${later.map((column, index) => `, $${index + 2}::${column.type}[]`).join('')}) AS u(${key.name}${later.map((column) => `, ${column.name}`).join('')})
    WHERE t.${key.name} = u.${key.name}`;
  let set = 0;
  let batch: unknown[][] = [[], ...later.map(() => [])];
  const flush = async (): Promise<void> => {
    if ((batch[0]?.length ?? 0) === 0) return;
    set += (await client.query(sql, batch)).rowCount ?? 0;
    batch = [[], ...later.map(() => [])];
  };
  const where = later.map((column) => `${column.name} IS NOT NULL`).join(' OR ');
  for (const row of sqlite.prepare(`SELECT * FROM ${table.name} WHERE ${where}`).iterate() as Iterable<Record<string, unknown>>) {
    batch[0]?.push(toPg(table.name, key, row));
    later.forEach((column, index) => batch[index + 1]?.push(toPg(table.name, column, row)));
    if ((batch[0]?.length ?? 0) >= batchSize) await flush();
  }
  await flush();
  return set;
}

/** A SQLite value as PostgreSQL's column wants it; anything that would change meaning is refused. */
function toPg(table: string, column: PgColumn, row: Record<string, unknown>): unknown {
  if (!(column.name in row)) throw new Error(`SQLite's ${table} has no column ${column.name}`);
  const value = row[column.name];
  if (value === null) return null;
  if (column.type === 'bool') {
    if (value === 0 || value === 1) return value === 1;
    throw new Error(`${table}.${column.name} holds ${JSON.stringify(value)}, not 0 or 1`);
  }
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Uint8Array) throw new Error(`${table}.${column.name} holds bytes, which Formwork never stores there`);
  return value;
}
