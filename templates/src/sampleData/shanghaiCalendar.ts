/**
 * Dates as a sales team in China writes them: Asia/Shanghai is UTC+8 all year (no daylight
 * saving), so wall-clock arithmetic is a fixed offset and needs no time-zone database.
 */

export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const OFFSET_MS = 8 * HOUR_MS;

export interface CivilDate {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
}

/** The Shanghai calendar day of an instant. */
export function civilDateOf(instant: number): CivilDate {
  const shifted = new Date(instant + OFFSET_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** The instant of a Shanghai wall-clock time (`hour` may be fractional). Months and days overflow as `Date.UTC` does. */
export function shanghaiInstant(year: number, month: number, day: number, hour = 0): number {
  return Date.UTC(year, month - 1, day) - OFFSET_MS + Math.round(hour * HOUR_MS);
}

/** `YYYY-MM-DD` in Shanghai. */
export function formatDate(instant: number): string {
  const { year, month, day } = civilDateOf(instant);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** ISO 8601 with the +08:00 offset, to the minute: `2025-03-04T14:30:00+08:00`. */
export function formatDateTime(instant: number): string {
  const shifted = new Date(instant + OFFSET_MS);
  return `${formatDate(instant)}T${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:00+08:00`;
}

/** Midnight (Shanghai) starting the day of an instant. */
export function startOfDay(instant: number): number {
  const { year, month, day } = civilDateOf(instant);
  return shanghaiInstant(year, month, day);
}

/** An instant during office hours (09:00–18:00) on the day of `instant`. */
export function officeHoursOn(instant: number, hour: number): number {
  return startOfDay(instant) + Math.round(hour * 60) * 60_000;
}

/** The days in a month of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD` of a civil date. */
export function formatCivil(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
