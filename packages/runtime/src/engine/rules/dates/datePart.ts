import { civilFromDays, daysFromCivil, isoWeekday } from './civilDays.js';
import type { WallTime } from './zonedTime.js';

export type DatePartName = 'year' | 'quarter' | 'month' | 'day' | 'weekday' | 'week' | 'hour' | 'minute';

/**
 * One component of a wall time: `weekday` is ISO (1 = Monday … 7 = Sunday), `week` the ISO 8601
 * week number (weeks start on Monday; week 1 holds the year's first Thursday).
 */
export function datePart(wall: WallTime, part: DatePartName): number {
  switch (part) {
    case 'year':
      return civilFromDays(wall.days).year;
    case 'quarter':
      return Math.ceil(civilFromDays(wall.days).month / 3);
    case 'month':
      return civilFromDays(wall.days).month;
    case 'day':
      return civilFromDays(wall.days).day;
    case 'weekday':
      return isoWeekday(wall.days);
    case 'week':
      return isoWeekNumber(wall.days);
    case 'hour':
      return Math.floor(wall.msOfDay / 3_600_000);
    case 'minute':
      return Math.floor(wall.msOfDay / 60_000) % 60;
  }
}

function isoWeekNumber(days: number): number {
  const thursday = days - isoWeekday(days) + 4;
  const yearStart = daysFromCivil(civilFromDays(thursday).year, 1, 1);
  return Math.floor((thursday - yearStart) / 7) + 1;
}
