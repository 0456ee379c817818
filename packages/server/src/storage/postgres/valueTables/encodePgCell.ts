import type { QueryValueKind } from '../../../query/QueryField.js';
import type { CellValue } from '../../../records/projectValue.js';
import type { PgParam } from '../sql/PgFragment.js';

/**
 * A value-table cell (`projectValue`'s, as SQLite stores it) as the parameter for the PostgreSQL
 * column of its kind. SQLite keeps a value of the wrong type as it is; a typed column cannot, so:
 *
 * - `number`: a text (kept after a failed conversion) becomes NaN. The record's JSON still holds
 *   the text; NaN keeps what queries see of it as in SQLite: not empty, never equal to, below or
 *   above a number, sorted after every number. (Sums, averages, min and max leave it out; SQLite
 *   adds it as 0 and returns it as the maximum.)
 * - `text`/`date`/`datetime`: a number becomes its text (`12`; SQLite would keep the number 12).
 * - `list`: the JSON array text as jsonb; a value that is not an array becomes a one-item array
 *   (SQLite's json_each fails on such text, so no query could use it there).
 * - `count`: a number rounded; any other value 1 (it is there, so not empty).
 * - `any`: the number or text as a jsonb scalar.
 *
 * @example
 * encodePgCell('number', 'about ten') // 'NaN'
 * encodePgCell('list', '["a","b"]')   // '["a","b"]'
 */
export function encodePgCell(kind: QueryValueKind, cell: CellValue): PgParam {
  if (cell === null) return null;
  switch (kind) {
    case 'number':
      return typeof cell === 'number' ? cell : 'NaN';
    case 'timestamp':
      return typeof cell === 'number' ? Math.trunc(cell) : null;
    case 'count':
      return typeof cell === 'number' ? Math.round(cell) : 1;
    case 'list':
      return typeof cell === 'string' && isJsonArray(cell) ? cell : JSON.stringify([String(cell)]);
    case 'any':
      return JSON.stringify(cell);
    default:
      return typeof cell === 'number' ? String(cell) : cell;
  }
}

function isJsonArray(text: string): boolean {
  if (!text.startsWith('[')) return false;
  try {
    return Array.isArray(JSON.parse(text));
  } catch {
    return false;
  }
}
