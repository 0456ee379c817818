import type { PeriodChange } from './WidgetData.js';

/**
 * How `current` moved against `previous`: the difference, and the ratio to the previous value
 * (null when the previous value is 0: a rise from nothing has no percentage). Null when either
 * period has no value, so a card never shows a change against a number that does not exist.
 *
 * @example
 * periodChange(120, 100) // { absolute: 20, ratio: 0.2 }
 * periodChange(5, 0)     // { absolute: 5, ratio: null }
 */
export function periodChange(current: number | null | undefined, previous: number | null | undefined): PeriodChange | null {
  if (!isFiniteNumber(current) || !isFiniteNumber(previous)) return null;
  const absolute = current - previous;
  // Against a negative base (a loss) the sign of the ratio follows the direction of the move.
  return { absolute, ratio: previous === 0 ? null : absolute / Math.abs(previous) };
}

function isFiniteNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
