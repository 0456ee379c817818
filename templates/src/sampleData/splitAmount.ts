/**
 * Splits a whole amount by weights into multiples of `unit`, the last share taking the remainder,
 * so the parts always add up to the whole (a decomposed target never loses a yuan).
 *
 * @example
 * splitAmount(15_000_000, [22, 24, 26, 28], 10_000) // [3_300_000, 3_600_000, 3_900_000, 4_200_000]
 */
export function splitAmount(total: number, weights: readonly number[], unit: number): number[] {
  const sum = weights.reduce((acc, weight) => acc + weight, 0);
  const parts = weights.map((weight) => Math.round((total * weight) / sum / unit) * unit);
  const allotted = parts.slice(0, -1).reduce((acc, part) => acc + part, 0);
  if (parts.length > 0) parts[parts.length - 1] = total - allotted;
  return parts;
}
