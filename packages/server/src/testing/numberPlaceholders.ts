/**
 * SQL written with `?` placeholders (SQLite's) turned into PostgreSQL's `$1, $2…`, so a test's
 * look under the API runs on either database. Only for tests' own SQL: a `?` inside a string
 * literal or a jsonb operator would be renumbered too.
 *
 * @example
 * numberPlaceholders('SELECT * FROM users WHERE id = ? AND role = ?') // '… id = $1 AND role = $2'
 */
export function numberPlaceholders(sql: string): string {
  let index = 0;
  return sql.replace(/\?/g, () => `$${String(++index)}`);
}
