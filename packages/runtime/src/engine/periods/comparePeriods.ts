import type { Period } from './Period.js';
import { periodDays } from './periodDays.js';

/**
 * Orders periods by their first day, then the shorter first (`2026-01` before `2026-Q1` before
 * `2026`): negative, zero or positive, as `Array.prototype.sort` expects. Zero only for the same period.
 */
export function comparePeriods(a: Period, b: Period): number {
  const left = periodDays(a);
  const right = periodDays(b);
  return left.first - right.first || left.last - right.last;
}
