/**
 * How much of `target` is done: actual / target, not capped (1.25 is 125 %, an over-achievement a
 * manager wants to see). Null without an actual value or without a positive target.
 *
 * @example
 * gaugeCompletion(75, 100) // 0.75
 */
export function gaugeCompletion(actual: number | null | undefined, target: number): number | null {
  if (typeof actual !== 'number' || !Number.isFinite(actual) || !(target > 0) || !Number.isFinite(target)) return null;
  return actual / target;
}
