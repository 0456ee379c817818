import type { PgQueryable } from '../PgQueryable.js';

/**
 * Inserts rows in one statement (`VALUES ($1, $2), ($3, $4)…`): a transition writes a handful of
 * tasks, log entries or notifications at once, and one round trip beats one per row. `suffix`
 * follows the VALUES (an ON CONFLICT clause). Nothing is sent for no rows; many rows go in as
 * many statements as PostgreSQL's limit of 65,535 parameters per statement needs.
 */
export async function insertRows(db: PgQueryable, table: string, columns: readonly string[], rows: readonly (readonly unknown[])[], suffix = ''): Promise<void> {
  const rowsPerStatement = Math.max(1, Math.floor(maxParameters / Math.max(1, columns.length)));
  for (let first = 0; first < rows.length; first += rowsPerStatement) {
    const values: unknown[] = [];
    const tuples = rows.slice(first, first + rowsPerStatement).map((row) => {
      const start = values.length;
      values.push(...row);
      return `(${row.map((_, index) => `$${String(start + index + 1)}`).join(', ')})`;
    });
    await db.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')} ${suffix}`, values);
  }
}

/** PostgreSQL's wire protocol numbers parameters with 16 bits. */
const maxParameters = 65_535;
