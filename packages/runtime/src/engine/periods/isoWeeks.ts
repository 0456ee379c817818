import { civilFromDays, daysFromCivil, isoWeekday } from '../rules/dates/civilDays.js';

/**
 * ISO 8601 weeks: Monday to Sunday, numbered within the year that holds their Thursday. Week 1 is
 * the week of 4 January; a year has 53 weeks when it starts on a Thursday, or is a leap year
 * starting on a Wednesday.
 */

/** The Monday (day number) of ISO week `week` of ISO year `year`. */
export function isoWeekMonday(year: number, week: number): number {
  const january4 = daysFromCivil(year, 1, 4);
  return january4 - isoWeekday(january4) + 1 + (week - 1) * 7;
}

/** 52 or 53. */
export function isoWeeksInYear(year: number): number {
  return isoWeekOf(daysFromCivil(year, 12, 28)).week;
}

/** The ISO week holding a day: its week-numbering year and number. */
export function isoWeekOf(day: number): { year: number; week: number } {
  const thursday = day - isoWeekday(day) + 4;
  const { year } = civilFromDays(thursday);
  return { year, week: Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1 };
}
