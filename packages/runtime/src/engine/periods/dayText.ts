import { civilFromDays, daysFromCivil, daysInMonth } from '../rules/dates/civilDays.js';
import type { DateText } from './Period.js';

/** `YYYY-MM-DD` of a day number (days since 1970-01-01). */
export function formatDay(day: number): DateText {
  const { year, month, day: dayOfMonth } = civilFromDays(day);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

/** The day number of a `YYYY-MM-DD` date, or undefined when it is not a real calendar date (2026-02-30). */
export function parseDay(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day);
}
