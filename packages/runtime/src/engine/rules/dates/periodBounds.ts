import { civilFromDays, daysFromCivil, daysInMonth, isoWeekday } from './civilDays.js';

/** Calendar periods a date can be snapped to. Weeks start on Monday, as in China and ISO 8601. */
export type CalendarPeriod = 'week' | 'month' | 'quarter' | 'year';

/** The first day of the period holding `days`. */
export function startOfPeriod(days: number, period: CalendarPeriod): number {
  if (period === 'week') return days - isoWeekday(days) + 1;
  const { year, month } = civilFromDays(days);
  if (period === 'month') return daysFromCivil(year, month, 1);
  if (period === 'quarter') return daysFromCivil(year, month - ((month - 1) % 3), 1);
  return daysFromCivil(year, 1, 1);
}

/** The last day of the period holding `days`. */
export function endOfPeriod(days: number, period: CalendarPeriod): number {
  if (period === 'week') return days - isoWeekday(days) + 7;
  const { year, month } = civilFromDays(days);
  const lastMonth = period === 'month' ? month : period === 'quarter' ? month - ((month - 1) % 3) + 2 : 12;
  return daysFromCivil(year, lastMonth, daysInMonth(year, lastMonth));
}
