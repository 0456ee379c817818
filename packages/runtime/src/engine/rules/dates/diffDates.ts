import { addToDate, type CalendarUnit } from './addToDate.js';
import { civilFromDays } from './civilDays.js';

/**
 * Whole calendar units from one day number to another (`to − from`, truncated towards zero).
 * A month is counted once `addToDate(from, n, 'month')` has been reached, so the count agrees
 * with date_add's month-end clamping: Jan 31 → Feb 28 is one month, Jan 30 → Feb 28 is none.
 */
export function diffDates(from: number, to: number, unit: CalendarUnit): number {
  switch (unit) {
    case 'day':
      return to - from;
    case 'week':
      return Math.trunc((to - from) / 7);
    case 'month':
      return wholeMonths(from, to);
    case 'year':
      return Math.trunc(wholeMonths(from, to) / 12);
  }
}

function wholeMonths(from: number, to: number): number {
  const start = civilFromDays(from);
  const end = civilFromDays(to);
  const months = (end.year - start.year) * 12 + (end.month - start.month);
  if (months > 0 && addToDate(from, months, 'month') > to) return months - 1;
  if (months < 0 && addToDate(from, months, 'month') < to) return months + 1;
  return months;
}
