/**
 * Conversions between ISO 8601 instants and the `YYYY-MM-DDTHH:mm` of a `datetime-local` input,
 * in the device's time zone (the renderer runs where the person is; the engine never does this).
 */
export function isoToLocalInput(iso: string): string {
  if (iso === '') return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** `2024-05-01T09:30` typed on a device at UTC+8 → `2024-05-01T09:30:00+08:00`. */
export function localInputToIso(local: string): string {
  const date = new Date(local);
  if (Number.isNaN(date.getTime())) return local;
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const pad = (n: number): string => String(Math.trunc(Math.abs(n))).padStart(2, '0');
  const seconds = local.length > 16 ? '' : ':00';
  return `${local}${seconds}${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}
