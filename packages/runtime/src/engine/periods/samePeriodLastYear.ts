import { isoWeeksInYear } from './isoWeeks.js';
import type { Period } from './Period.js';

/**
 * The same period a year earlier, for growth targets and year-on-year comparisons: `2026-Q4` →
 * `2025-Q4`, `2026-W48` → `2025-W48`. Week 53 of a year whose previous year has only 52 weeks
 * maps to that year's week 52 (the last week, which is what "the same week" means to people).
 */
export function samePeriodLastYear(period: Period): Period {
  const year = period.year - 1;
  if (period.kind === 'week') return { kind: 'week', year, index: Math.min(period.index, isoWeeksInYear(year)) };
  return { ...period, year };
}
