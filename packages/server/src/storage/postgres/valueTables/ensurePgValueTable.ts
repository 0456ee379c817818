import { createHash } from 'node:crypto';
import type { ValueColumn } from '../../../records/ValueColumn.js';
import type { PgQueryable } from '../PgQueryable.js';
import { pgCatalogTypes, pgColumnTypes } from './pgColumnTypeOf.js';
import { valueColumnName } from '../../sqlColumns/valueColumnName.js';
import type { PgValueTableFacts, ValueTableFacts } from './pgValueTableFacts.js';

/** The value table's own columns, before the fields' (`rid` is the record's `seq`). */
export const pgSystemColumns = ['rid', 'deleted', 'creator_id', 'owner_id', 'owner_department_id', 'created_at', 'updated_at'] as const;

/** Covering indexes one form's value table may get for its aggregates (as SQLite's). */
const maxCoveringIndexes = 8;

/** What to index besides the unique fields: see `pgColumnsToIndex` and `pgAggregateIndexColumns`. */
export interface PgIndexWishes {
  /** Columns a query is about to filter or sort by (quoted field columns or system column names). */
  readonly wanted?: readonly string[];
  /** The columns of an aggregate's covering index, in order. */
  readonly covering?: readonly string[];
}

/**
 * Creates a form's value table `name` if missing, adds missing field columns, retypes a column
 * whose field changed kind (emptied: the caller rewrites the values, as `rewriteValues` does after
 * a conversion), and creates the indexes due — the owner and unique fields at once, others the
 * first time a query wants them (`wanted`, `covering`), as the SQLite adapter does, so inserts pay
 * only for indexes that queries use. A list column gets a GIN index (for `?|`), others a b-tree;
 * `any` columns get none (their comparisons go through expressions no index serves).
 *
 * With `facts` (what this process knows, see `pgValueTableFacts`): no query at all when they show
 * nothing missing; else, and without them, one catalog read, and the facts learn the result.
 * Changes run as one simple query behind a transaction advisory lock on the table's name, so two servers opening the same table at once do not both
 * create it; inside the caller's transaction they commit or roll back with it.
 *
 * @example
 * await ensurePgValueTable(client, 'form_values_3', columns, { wanted: ['"v_f_amount"'] })
 */
export async function ensurePgValueTable(db: PgQueryable, name: string, columns: readonly ValueColumn[], wishes: PgIndexWishes = {}, facts?: PgValueTableFacts): Promise<void> {
  if (!/^[a-z_][a-z0-9_]{0,40}$/.test(name)) throw new Error(`not a value table name: ${name}`);
  // What this process already knows the table has: enough when it lacks nothing (no query at all).
  const known = facts?.table(name);
  if (known && planChanges(name, columns, wishes, known).statements.length === 0) return;
  const { rows } = await db.query(
    `SELECT 'c' AS what, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type FROM pg_attribute a
     WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped
     UNION ALL SELECT 'i', indexname, NULL FROM pg_indexes WHERE schemaname = current_schema() AND tablename = $1`,
    [name],
  );
  const existing = new Map<string, string>();
  const indexes = new Set<string>();
  for (const row of rows as { what: string; name: string; type: string | null }[]) {
    if (row.what === 'c') existing.set(row.name, row.type ?? '');
    else indexes.add(row.name);
  }
  const plan = planChanges(name, columns, wishes, { columns: existing, indexes });
  if (plan.statements.length > 0) await db.query([`SELECT pg_advisory_xact_lock(hashtext('formwork.${name}'))`, ...plan.statements].join(';\n'));
  facts?.learnTable(name, plan.after);
}

/**
 * The statements that bring table `name`, as `current` describes it, up to what `columns` and
 * `wishes` need, and what it then has.
 */
function planChanges(name: string, columns: readonly ValueColumn[], wishes: PgIndexWishes, current: ValueTableFacts): { statements: string[]; after: ValueTableFacts } {
  const existing = new Map(current.columns);
  const indexes = new Set(current.indexes);
  const statements: string[] = [];
  if (existing.size === 0) {
    statements.push(`CREATE TABLE IF NOT EXISTS ${name} (
      rid BIGINT PRIMARY KEY,
      deleted BOOLEAN NOT NULL DEFAULT FALSE,
      creator_id TEXT COLLATE "C", owner_id TEXT COLLATE "C", owner_department_id TEXT COLLATE "C",
      created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)`);
    statements.push(`CREATE INDEX IF NOT EXISTS ${name}_owner_id ON ${name} (owner_id)`);
    for (const [column, type] of systemColumnTypes) existing.set(column, type);
    indexes.add(`${name}_owner_id`);
  }
  const byColumn = new Map(columns.map((column) => [valueColumnName(column.fieldId), column]));
  for (const column of columns) {
    const quoted = valueColumnName(column.fieldId);
    const bare = quoted.slice(1, -1);
    const type = existing.get(bare);
    if (type === undefined) {
      statements.push(`ALTER TABLE ${name} ADD COLUMN IF NOT EXISTS ${quoted} ${pgColumnTypes[column.kind]}`);
    } else if (type !== pgCatalogTypes[column.kind]) {
      // Checked again under the lock: another server may have retyped it and rewritten the values already.
      statements.push(`DO $retype$ BEGIN
        IF (SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = '${name}'::regclass AND attname = '${bare}') <> '${pgCatalogTypes[column.kind]}' THEN
          ALTER TABLE ${name} ALTER COLUMN ${quoted} TYPE ${pgColumnTypes[column.kind]} USING NULL;
        END IF; END $retype$`);
    }
    existing.set(bare, pgCatalogTypes[column.kind]);
  }
  const names = new Set<string>([...pgSystemColumns, ...columns.map((column) => valueColumnName(column.fieldId))]);
  // Only names of this table's columns ever reach the SQL text.
  const check = (column: string): string => {
    if (!names.has(column)) throw new Error(`not a column of ${name}: ${column}`);
    return column;
  };
  const due = [...columns.filter((column) => column.indexed).map((column) => valueColumnName(column.fieldId)), ...(wishes.wanted ?? [])];
  for (const column of new Set(due)) {
    const kind = byColumn.get(check(column))?.kind;
    if (kind === 'any') continue;
    const index = indexName(name, column.replaceAll('"', ''));
    if (indexes.has(index)) continue;
    statements.push(`CREATE INDEX IF NOT EXISTS "${index}" ON ${name} ${kind === 'list' ? 'USING GIN ' : ''}(${column})`);
    indexes.add(index);
  }
  const covering = wishes.covering ?? [];
  if (covering.length > 0) {
    const index = `${name}_agg_${createHash('sha256').update(covering.join(',')).digest('hex').slice(0, 12)}`;
    const aggregates = [...indexes].filter((candidate) => candidate.startsWith(`${name}_agg_`)).length;
    // Each covering index costs every insert a little: a form gets a handful, for its busiest dashboards.
    if (!indexes.has(index) && aggregates < maxCoveringIndexes && covering.every((column) => byColumn.get(check(column))?.kind !== 'list')) {
      statements.push(`CREATE INDEX IF NOT EXISTS "${index}" ON ${name} (${covering.join(', ')}) WHERE NOT deleted`);
      indexes.add(index);
    }
  }
  return { statements, after: { columns: existing, indexes } };
}

/** The system columns' catalog types, as `CREATE TABLE` above makes them. */
const systemColumnTypes: readonly (readonly [string, string])[] = [
  ['rid', 'bigint'],
  ['deleted', 'boolean'],
  ['creator_id', 'text'],
  ['owner_id', 'text'],
  ['owner_department_id', 'text'],
  ['created_at', 'bigint'],
  ['updated_at', 'bigint'],
];

/**
 * `form_values_3_v_f_amount`, or a hashed name when that would pass PostgreSQL's 63 bytes: a name
 * cut there could equal another index's, and `IF NOT EXISTS` would then skip the second index.
 */
function indexName(table: string, column: string): string {
  const plain = `${table}_${column}`;
  return plain.length <= 63 ? plain : `${table}_${createHash('sha256').update(column).digest('hex').slice(0, 16)}`;
}
