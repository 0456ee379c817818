/** A copy of `list` with `item` at `index`, clamped to the list (absent: at the end). */
export function insertAt<T>(list: readonly T[], item: T, index?: number): readonly T[] {
  const at = index === undefined ? list.length : Math.max(0, Math.min(list.length, Math.trunc(index)));
  return [...list.slice(0, at), item, ...list.slice(at)];
}
