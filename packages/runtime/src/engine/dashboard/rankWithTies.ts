/**
 * Ranks (1-based) for `values`, in their given order, highest first unless `ascending`; equal
 * values share a rank and the next rank skips (1, 2, 2, 4 — the way sales leaderboards and
 * competitions count, so "third" always means two people did better).
 *
 * @example
 * rankWithTies([90, 120, 90, 50]) // [2, 1, 2, 4]
 */
export function rankWithTies(values: readonly number[], direction: 'desc' | 'asc' = 'desc'): number[] {
  const order = values.map((value, index) => ({ value, index }));
  order.sort((a, b) => (direction === 'desc' ? b.value - a.value : a.value - b.value) || a.index - b.index);
  const ranks = new Array<number>(values.length);
  order.forEach((entry, position) => {
    const before = order[position - 1];
    ranks[entry.index] = before !== undefined && before.value === entry.value ? (ranks[before.index] ?? position + 1) : position + 1;
  });
  return ranks;
}
