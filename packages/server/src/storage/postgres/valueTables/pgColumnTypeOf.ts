import type { QueryValueKind } from '../../../query/QueryField.js';

/**
 * The PostgreSQL type of a value-table column of each kind (SQLite's columns are untyped):
 *
 * - `number`: double precision — a text kept unconverted is stored as NaN (see `encodePgCell`);
 * - `text`, `date`, `datetime`: text in byte order (`COLLATE "C"`, SQLite's BINARY), whatever the
 *   database's default collation is;
 * - `timestamp`: bigint milliseconds;
 * - `list`: a jsonb array — `?|` answers "holds any of" from a GIN index, and its items keep
 *   their JSON type (the number 5 is not the text "5", as in SQLite's json_each), which text[]
 *   would lose;
 * - `count`: integer;
 * - `any`: a jsonb scalar, keeping whether a value is a number or a text, which SQLite compares
 *   and sorts differently (numbers first); a text column would compare 10 < 9.
 */
export const pgColumnTypes = {
  number: 'double precision',
  text: 'text COLLATE "C"',
  date: 'text COLLATE "C"',
  datetime: 'text COLLATE "C"',
  timestamp: 'bigint',
  list: 'jsonb',
  count: 'integer',
  any: 'jsonb',
} as const satisfies Record<QueryValueKind, string>;

/** The type as the catalog names it (`format_type`), to notice a column whose field changed kind. */
export const pgCatalogTypes = {
  number: 'double precision',
  text: 'text',
  date: 'text',
  datetime: 'text',
  timestamp: 'bigint',
  list: 'jsonb',
  count: 'integer',
  any: 'jsonb',
} as const satisfies Record<QueryValueKind, string>;
