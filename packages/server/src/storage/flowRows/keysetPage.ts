/**
 * One page of a keyset read that fetched `limit + 1` rows: the extra row only says there is a
 * next page, which starts after the last row kept.
 */
export function keysetPage<Row, Item, Cursor>(rows: readonly Row[], limit: number, toItem: (row: Row) => Item, cursorOf: (item: Item) => Cursor): { items: Item[]; next: Cursor | null } {
  const items = rows.slice(0, limit).map(toItem);
  const last = items.at(-1);
  return { items, next: rows.length > limit && last !== undefined ? cursorOf(last) : null };
}

/** Placeholders `?, ?, ?` for SQLite or `$1, $2, $3` (from `first`) for PostgreSQL. */
export function placeholders(count: number, dialect: 'sqlite' | 'postgres', first = 1): string {
  return Array.from({ length: count }, (_, index) => (dialect === 'sqlite' ? '?' : `$${String(first + index)}`)).join(', ');
}
