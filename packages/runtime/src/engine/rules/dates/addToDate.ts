import { civilFromDays, daysFromCivil, daysInMonth } from './civilDays.js';

/** Units that move along the calendar (as opposed to the clock). */
export type CalendarUnit = 'day' | 'week' | 'month' | 'year';

/**
 * Moves a day number by whole calendar units. Months and years keep the day of the month,
 * clamped to the target month's length: Jan 31 + 1 month is Feb 28 (Feb 29 in a leap year).
 *
 * @example
 * formatDate(addToDate(daysFromCivil(2024, 1, 31), 1, 'month')) // '2024-02-29'
 */
export function addToDate(days: number, amount: number, unit: CalendarUnit): number {
  switch (unit) {
    case 'day':
      return days + amount;
    case 'week':
      return days + amount * 7;
    case 'month':
      return addMonths(days, amount);
    case 'year':
      return addMonths(days, amount * 12);
  }
}

function addMonths(days: number, months: number): number {
  const { year, month, day } = civilFromDays(days);
  const total = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(total / 12);
  const targetMonth = total - targetYear * 12 + 1;
  return daysFromCivil(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}
