import { formatDate, pad } from './formatDate.js';
import { wallTimeAt, zoneOffsetAt } from './zonedTime.js';

/**
 * An instant as ISO 8601 in `timeZone`, with that zone's offset: `2024-05-01T09:30:00+08:00`
 * (`Z` where the offset is zero; milliseconds only when there are any). Null outside years 0–9999.
 */
export function formatDateTime(epochMs: number, timeZone: string): string | null {
  const wall = wallTimeAt(epochMs, timeZone);
  const date = formatDate(wall.days);
  if (date === null) return null;
  const offsetMinutes = Math.round(zoneOffsetAt(epochMs, timeZone) / 60_000);
  const seconds = Math.floor(wall.msOfDay / 1000);
  const millis = wall.msOfDay % 1000;
  const time = `${pad(Math.floor(seconds / 3600), 2)}:${pad(Math.floor(seconds / 60) % 60, 2)}:${pad(seconds % 60, 2)}`;
  const fraction = millis === 0 ? '' : `.${pad(millis, 3)}`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const magnitude = Math.abs(offsetMinutes);
  const offset = offsetMinutes === 0 ? 'Z' : `${sign}${pad(Math.floor(magnitude / 60), 2)}:${pad(magnitude % 60, 2)}`;
  return `${date}T${time}${fraction}${offset}`;
}
