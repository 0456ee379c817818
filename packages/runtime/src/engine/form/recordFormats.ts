/**
 * The string formats of record values. The same functions are registered with ajv and called by
 * the engine's own checks, so the browser and the server accept exactly the same strings (no
 * dependence on ajv-formats' or a platform's `URL`/`Date.parse` quirks).
 */

/** Names used in the record JSON Schema's `format` keyword. */
export type RecordFormat = 'email' | 'phone' | 'url' | 'date' | 'date-time';

const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
/** Mainland mobile numbers, optionally with +86. */
const MOBILE = /^(?:\+86[ -]?)?1[3-9]\d{9}$/;
/** Landlines: area code with its 0 (`010-12345678`), or after +86 without it; optional extension. */
const LANDLINE = /^(?:0\d{2,3}|\+86[ -]?0?\d{2,3})[ -]?\d{7,8}(?:-\d{1,6})?$/;
const URL_PATTERN =
  /^https?:\/\/(?:[A-Za-z0-9\u00a1-\uffff](?:[A-Za-z0-9\u00a1-\uffff-]{0,62})?(?:\.[A-Za-z0-9\u00a1-\uffff](?:[A-Za-z0-9\u00a1-\uffff-]{0,62})?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?(?:[/?#]\S*)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;

const MAX_EMAIL_LENGTH = 254;
const MAX_URL_LENGTH = 2048;

export function isEmail(value: string): boolean {
  return value.length <= MAX_EMAIL_LENGTH && EMAIL.test(value);
}

/** Mainland mobile (`13812345678`), landline (`010-12345678`, `0755 1234567-89`), or either after `+86`. */
export function isPhone(value: string): boolean {
  return value.length <= 32 && (MOBILE.test(value) || LANDLINE.test(value));
}

/** Absolute http(s) URLs only: no `javascript:`, `data:` or relative links. */
export function isUrl(value: string): boolean {
  return value.length <= MAX_URL_LENGTH && URL_PATTERN.test(value);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day <= days;
}

/** `YYYY-MM-DD` naming a real calendar day (no 2023-02-29). */
export function isDate(value: string): boolean {
  const match = DATE.exec(value);
  return match !== null && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** ISO 8601 date and time with `Z` or an offset, e.g. `2024-05-01T09:30:00+08:00`. */
export function isDateTime(value: string): boolean {
  return dateTimeToEpoch(value) !== undefined;
}

/**
 * Milliseconds since the epoch of a date-time bound: an ISO 8601 date-time with offset, or a
 * `YYYY-MM-DD` date taken as midnight UTC; `undefined` if the text is neither.
 */
export function boundToEpoch(value: string): number | undefined {
  const date = DATE.exec(value);
  if (date === null) return dateTimeToEpoch(value);
  const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
  return isCalendarDate(year, month, day) ? utcEpoch(year, month, day, 0, 0, 0, 0) : undefined;
}

/** Milliseconds since the epoch of an ISO 8601 date-time with `Z` or an offset; else `undefined`. */
export function dateTimeToEpoch(value: string): number | undefined {
  const match = DATE_TIME.exec(value);
  if (match === null) return undefined;
  const [year, month, day, hour, minute] = [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4]), Number(match[5])];
  const second = match[6] === undefined ? 0 : Number(match[6]);
  const fraction = match[7] === undefined ? 0 : Math.floor(Number(match[7]) * 1000);
  if (!isCalendarDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetMinutes = 0;
  if (match[8] !== undefined) {
    const offsetHours = Number(match[9]);
    const offsetMins = Number(match[10]);
    if (offsetHours > 23 || offsetMins > 59) return undefined;
    offsetMinutes = (match[8] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  return utcEpoch(year, month, day, hour, minute, second, fraction) - offsetMinutes * 60_000;
}

function utcEpoch(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number): number {
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear keeps them literal.
  const instant = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, ms));
  instant.setUTCFullYear(year, month - 1, day);
  return instant.getTime();
}

/** The check behind each format name. */
export const recordFormats: Readonly<Record<RecordFormat, (value: string) => boolean>> = {
  email: isEmail,
  phone: isPhone,
  url: isUrl,
  date: isDate,
  'date-time': isDateTime,
};
