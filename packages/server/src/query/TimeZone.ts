/**
 * The app's time zone as queries use it: a fixed UTC offset, taken for the moment of the query.
 * Exact for zones without daylight saving time (Asia/Shanghai, the default); for others, buckets
 * near a DST switch may be an hour off (documented in the README).
 */
export interface TimeZone {
  readonly name: string;
  /** Minutes to add to UTC to get local time (Asia/Shanghai: 480). */
  readonly offsetMinutes: number;
}

/**
 * The offset of an IANA zone at an instant, e.g. `timeZoneAt('Asia/Shanghai', now())` → 480 minutes.
 * Throws a RangeError for an unknown zone (checked when settings are read).
 */
export function timeZoneAt(name: string, at: number): TimeZone {
  const parts = offsetFormatOf(name).formatToParts(at);
  const label = parts.find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(label);
  const offsetMinutes = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  return { name, offsetMinutes };
}

// Building an Intl.DateTimeFormat costs far more than using one, and every request asks.
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

function offsetFormatOf(name: string): Intl.DateTimeFormat {
  let format = offsetFormats.get(name);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: name, timeZoneName: 'longOffset' });
    offsetFormats.set(name, format);
  }
  return format;
}

/** `+08:00` for 480 minutes. */
export function offsetSuffix(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const minutes = Math.abs(offsetMinutes);
  return `${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Milliseconds at the start of a local calendar day (`YYYY-MM-DD`) in the zone. */
export function startOfLocalDay(date: string, zone: TimeZone): number {
  return Date.parse(`${date}T00:00:00.000${offsetSuffix(zone.offsetMinutes)}`);
}

/** The local calendar date (`YYYY-MM-DD`) of an instant in the zone. */
export function localDateOf(time: number, zone: TimeZone): string {
  return new Date(time + zone.offsetMinutes * 60_000).toISOString().slice(0, 10);
}
