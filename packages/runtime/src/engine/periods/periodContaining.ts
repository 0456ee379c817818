import { civilFromDays } from '../rules/dates/civilDays.js';
import { isoWeekOf } from './isoWeeks.js';
import type { Period, PeriodKind } from './Period.js';

/**
 * The period of a kind that holds a day (a day number, see `parseDay`).
 *
 * @example
 * periodContaining(parseDay('2026-12-31')!, 'week') // { kind: 'week', year: 2026, index: 53 }
 */
export function periodContaining(day: number, kind: PeriodKind): Period {
  if (kind === 'week') {
    const { year, week } = isoWeekOf(day);
    return { kind, year, index: week };
  }
  const { year, month } = civilFromDays(day);
  if (kind === 'month') return { kind, year, index: month };
  if (kind === 'quarter') return { kind, year, index: Math.floor((month - 1) / 3) + 1 };
  return { kind, year, index: 1 };
}
