import { daysFromCivil, daysInMonth, msPerDay } from './civilDays.js';
import { instantOfWallTime, wallTimeAt, type WallTime } from './zonedTime.js';

/**
 * A date-ish value a rule met, read once: a calendar date (`YYYY-MM-DD`, zone-free), a wall
 * time without offset (read in the rule's zone), or an instant (an ISO string with `Z` or an
 * offset, or epoch milliseconds).
 */
export type DateValue =
  | { readonly kind: 'date'; readonly days: number }
  | { readonly kind: 'wall'; readonly wall: WallTime }
  | { readonly kind: 'instant'; readonly epochMs: number };

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateTimePattern = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Reads a date, datetime or epoch-milliseconds value; null when it is none of them or not a real date. */
export function parseDateValue(value: unknown): DateValue | null {
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'instant', epochMs: value } : null;
  if (typeof value !== 'string') return null;
  const date = datePattern.exec(value);
  if (date) {
    const days = calendarDays(date[1], date[2], date[3]);
    return days === null ? null : { kind: 'date', days };
  }
  const match = dateTimePattern.exec(value);
  if (!match) return null;
  const days = calendarDays(match[1], match[2], match[3]);
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  const second = Number(match[6] ?? 0);
  if (days === null || hour > 23 || minute > 59 || second > 59) return null;
  const millis = Math.floor(Number(`0.${match[7] ?? '0'}`) * 1000);
  const wall: WallTime = { days, msOfDay: ((hour * 60 + minute) * 60 + second) * 1000 + millis };
  const offset = match[8];
  if (offset === undefined) return { kind: 'wall', wall };
  return { kind: 'instant', epochMs: wall.days * msPerDay + wall.msOfDay - offsetMs(offset) };
}

function calendarDays(yearText = '', monthText = '', dayText = ''): number | null {
  const year = Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return daysFromCivil(year, month, day);
}

function offsetMs(offset: string): number {
  if (offset === 'Z' || offset === 'z') return 0;
  const digits = offset.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0);
  return (offset.startsWith('-') ? -minutes : minutes) * 60_000;
}

/** The wall time of a date value in `timeZone` (a calendar date is its midnight). */
export function wallTimeOf(value: DateValue, timeZone: string): WallTime {
  switch (value.kind) {
    case 'date':
      return { days: value.days, msOfDay: 0 };
    case 'wall':
      return value.wall;
    case 'instant':
      return wallTimeAt(value.epochMs, timeZone);
  }
}

/** The instant of a date value, reading dates and wall times in `timeZone`. */
export function instantOf(value: DateValue, timeZone: string): number {
  return value.kind === 'instant' ? value.epochMs : instantOfWallTime(wallTimeOf(value, timeZone), timeZone);
}
