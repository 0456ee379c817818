import { isoWeekday } from '../rules/dates/civilDays.js';
import type { Period, PeriodKind } from './Period.js';
import { periodContaining } from './periodContaining.js';
import { periodDays } from './periodDays.js';

const finer: Readonly<Record<PeriodKind, number>> = { year: 0, quarter: 1, month: 2, week: 3 };

/**
 * The periods of a finer kind that make up a period, in order. By default the next kind down:
 * year → quarters → months → weeks. Years, quarters and months nest exactly. Weeks do not: a
 * week belongs to the month (quarter, year) that holds its Thursday, as ISO 8601 numbers weeks
 * by the year of their Thursday — so every week has exactly one parent, and a month has 4 or 5
 * weeks whose days may spill into the neighbouring months. (Targets split a month over the days
 * it really has instead; see `engine/targets`.) A week has no finer periods: `[]`.
 *
 * @example
 * childPeriods(parsePeriod('2026')!).map(formatPeriod)          // ['2026-Q1', …, '2026-Q4']
 * childPeriods(parsePeriod('2026-11')!).map(formatPeriod)       // ['2026-W45', …, '2026-W48'] (Thursdays 5, 12, 19, 26 Nov)
 */
export function childPeriods(period: Period, kind?: PeriodKind): Period[] {
  const target = kind ?? (['quarter', 'month', 'week'] as const)[finer[period.kind]];
  if (target === undefined || finer[target] <= finer[period.kind]) return [];
  const { first, last } = periodDays(period);
  const children: Period[] = [];
  if (target === 'week') {
    const firstThursday = first + ((4 - isoWeekday(first) + 7) % 7);
    for (let thursday = firstThursday; thursday <= last; thursday += 7) children.push(periodContaining(thursday, 'week'));
    return children;
  }
  const step = target === 'quarter' ? 3 : 1;
  const firstMonth = periodContaining(first, 'month').index;
  const lastMonth = periodContaining(last, 'month').index;
  for (let month = firstMonth; month <= lastMonth; month += step) {
    children.push(target === 'quarter' ? { kind: 'quarter', year: period.year, index: Math.floor((month - 1) / 3) + 1 } : { kind: 'month', year: period.year, index: month });
  }
  return children;
}
