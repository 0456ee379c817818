import { civilFromDays } from './civilDays.js';

/** `YYYY-MM-DD` for a day number, or null outside the years 0000–9999 that the format can hold. */
export function formatDate(days: number): string | null {
  const { year, month, day } = civilFromDays(days);
  if (year < 0 || year > 9999) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
