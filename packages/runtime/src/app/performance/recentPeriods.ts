import { formatPeriod, parseDay, periodContaining, previousPeriod, type PeriodKind } from '../../engine/index.js';

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

/** The viewer's local date of a clock reading, as `YYYY-MM-DD`: "this month" is theirs. */
export function dayOf(now: number): string {
  const date = new Date(now);
  return `${String(date.getFullYear()).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
