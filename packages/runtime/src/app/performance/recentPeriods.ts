import { formatDay, formatPeriod, parseDay, periodContaining, previousPeriod, type PeriodKind } from '../../engine/index.js';

/**
 * The `count` periods of a kind up to the one holding `today` (`YYYY-MM-DD`), latest first: what
 * the period picker offers, this period (the default) on top.
 *
 * @example
 * recentPeriods('month', '2026-11-05', 3) // ['2026-11', '2026-10', '2026-09']
 */
export function recentPeriods(kind: PeriodKind, today: string, count: number): string[] {
  const day = parseDay(today);
  if (day === undefined) return [];
  let period = periodContaining(day, kind);
  const names: string[] = [];
  for (let index = 0; index < count; index++) {
    names.push(formatPeriod(period));
    period = previousPeriod(period);
  }
  return names;
}

/** The period kind a scheme scores by; `month` when the document does not say. */
export function periodKindOf(value: unknown): PeriodKind {
  return value === 'year' || value === 'quarter' || value === 'week' ? value : 'month';
}

/** The UTC date of a clock reading, as `YYYY-MM-DD`. */
export function dayOf(now: number): string {
  return formatDay(Math.floor(now / 86_400_000));
}
