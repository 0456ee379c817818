import { daysFromCivil, daysInMonth } from '../rules/dates/civilDays.js';
import { formatDay } from './dayText.js';
import { isoWeekMonday } from './isoWeeks.js';
import type { DateText, Period } from './Period.js';

/** The first and last day numbers (days since 1970-01-01) of a period, both inclusive. */
export function periodDays(period: Period): { readonly first: number; readonly last: number } {
  switch (period.kind) {
    case 'year':
      return { first: daysFromCivil(period.year, 1, 1), last: daysFromCivil(period.year, 12, 31) };
    case 'quarter': {
      const firstMonth = (period.index - 1) * 3 + 1;
      return {
        first: daysFromCivil(period.year, firstMonth, 1),
        last: daysFromCivil(period.year, firstMonth + 2, daysInMonth(period.year, firstMonth + 2)),
      };
    }
    case 'month':
      return { first: daysFromCivil(period.year, period.index, 1), last: daysFromCivil(period.year, period.index, daysInMonth(period.year, period.index)) };
    case 'week': {
      const monday = isoWeekMonday(period.year, period.index);
      return { first: monday, last: monday + 6 };
    }
  }
}

/**
 * A period's first and last calendar dates (inclusive) and its length in days. Dates are local
 * calendar dates: the server places a record in a period by its date in the app's time zone.
 *
 * @example
 * periodRange(parsePeriod('2026-W01')!) // { start: '2025-12-29', end: '2026-01-04', days: 7 }
 */
export function periodRange(period: Period): { readonly start: DateText; readonly end: DateText; readonly days: number } {
  const { first, last } = periodDays(period);
  return { start: formatDay(first), end: formatDay(last), days: last - first + 1 };
}
