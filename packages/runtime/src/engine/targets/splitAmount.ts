import { normaliseNumber, roundDecimal } from '../rules/values/roundDecimal.js';

/**
 * Splits an amount in proportion to weights so that the parts add up exactly to the amount at
 * `precision` decimal places — the largest-remainder method (Hamilton's): every part gets the
 * whole units of its exact share, and the units left over go one each to the parts with the
 * largest remainders (the earlier part on a tie). The amount is first rounded half away from zero
 * to `precision`. Parts are exact decimals (built from whole units, never by multiplying floats).
 * All weights 0 (or none positive) splits evenly.
 *
 * @example
 * splitAmount(100, [1, 1, 1], 2) // [33.34, 33.33, 33.33]
 * splitAmount(6000, [1, 1, 1, 1], 0) // [1500, 1500, 1500, 1500]
 */
export function splitAmount(amount: number, weights: readonly number[], precision: number): number[] {
  if (weights.length === 0) return [];
  const positive = weights.map((weight) => (Number.isFinite(weight) && weight > 0 ? weight : 0));
  const sum = positive.reduce((total, weight) => total + weight, 0);
  const shares = sum > 0 ? positive : positive.map(() => 1);
  const shareSum = sum > 0 ? sum : shares.length;
  const totalUnits = Math.round(roundDecimal(amount, precision) * 10 ** precision);
  const sign = totalUnits < 0 ? -1 : 1;
  const units = Math.abs(totalUnits);
  const quotas = shares.map((share) => normaliseNumber((units * share) / shareSum));
  const parts = quotas.map((quota) => Math.floor(quota));
  let left = units - parts.reduce((total, part) => total + part, 0);
  const order = quotas.map((quota, index) => ({ index, remainder: quota - Math.floor(quota) })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    left -= 1;
  }
  return parts.map((part) => {
    const value = Number(`${sign * part}e-${precision}`);
    return value === 0 ? 0 : value;
  });
}
