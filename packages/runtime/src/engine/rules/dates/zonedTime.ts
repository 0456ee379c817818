import { daysFromCivil, msPerDay } from './civilDays.js';

/** A wall-clock reading in some time zone: the local calendar day and the milliseconds into it. */
export interface WallTime {
  readonly days: number;
  readonly msOfDay: number;
}

// One formatter per zone: building an Intl.DateTimeFormat costs far more than using one.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Whether Intl knows the zone. Zones come from Intl's own database, never from the host's TZ
 * setting, so results are the same on every machine.
 */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time in `timeZone` at an instant. The zone must be known. */
export function wallTimeAt(epochMs: number, timeZone: string): WallTime {
  let year = 1970;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) {
    switch (part.type) {
      case 'year': year = Number(part.value); break;
      case 'month': month = Number(part.value); break;
      case 'day': day = Number(part.value); break;
      case 'hour': hour = Number(part.value); break;
      case 'minute': minute = Number(part.value); break;
      case 'second': second = Number(part.value); break;
      default: break;
    }
  }
  const millis = ((epochMs % 1000) + 1000) % 1000;
  return { days: daysFromCivil(year, month, day), msOfDay: ((hour * 60 + minute) * 60 + second) * 1000 + millis };
}

/** How far `timeZone` is ahead of UTC at an instant, in milliseconds (Asia/Shanghai: 8 h). */
export function zoneOffsetAt(epochMs: number, timeZone: string): number {
  const wall = wallTimeAt(epochMs, timeZone);
  return wall.days * msPerDay + wall.msOfDay - epochMs;
}

/**
 * The instant at which the clocks of `timeZone` show `wall`. In a daylight-saving gap or overlap
 * the offset in force just before the wall time wins, as most calendars do.
 */
export function instantOfWallTime(wall: WallTime, timeZone: string): number {
  const asUtc = wall.days * msPerDay + wall.msOfDay;
  const firstOffset = zoneOffsetAt(asUtc, timeZone);
  const guess = asUtc - firstOffset;
  const secondOffset = zoneOffsetAt(guess, timeZone);
  return secondOffset === firstOffset ? guess : asUtc - secondOffset;
}
