import type { TimeBucket } from '@formwork/runtime';
import type { QueryValueKind } from '../../../query/QueryField.js';

/**
 * The PostgreSQL expression of a time bucket's key for a column: the same key texts as SQLite's
 * `timeBucketSql` (`2025-01-06`, `2025-W02`, `2025-01`, `2025-Q1`, `2025`), computed in the
 * database. Date fields (`YYYY-MM-DD` text) are calendar days; date-times (UTC text) and time
 * stamps (milliseconds) are shifted into the app's zone by `offsetMinutes` on `timestamp without
 * time zone`, so the session's TimeZone setting never matters. ISO weeks: `IYYY-"W"IW`.
 *
 * Text that is not a date (kept after a failed conversion) buckets to NULL instead of failing
 * the query on a cast — SQLite's date functions give NULL there too; month, quarter and year of a
 * date field are cut from the text as SQLite cuts them, whatever it holds.
 *
 * @example
 * pgTimeBucketSql('v."v_f_at"', 'datetime', 'week', 480) // to_char(… + interval '480 minutes', 'IYYY-"W"IW')
 */
export function pgTimeBucketSql(column: string, kind: QueryValueKind, bucket: TimeBucket, offsetMinutes: number): string {
  if (!Number.isInteger(offsetMinutes)) throw new Error('offset must be whole minutes');
  if (kind === 'date') {
    switch (bucket) {
      case 'day':
        return column;
      case 'week':
        return `to_char(${calendarDateOf(column)}::timestamp, 'IYYY-"W"IW')`;
      case 'month':
        return `substr(${column}, 1, 7)`;
      case 'quarter':
        return `(substr(${column}, 1, 4) || '-Q' || ((${sqliteIntegerOf(`substr(${column}, 6, 2)`)} + 2) / 3))`;
      case 'year':
        return `substr(${column}, 1, 4)`;
    }
  }
  const local = `(${kind === 'timestamp' ? instantOfMillis(column) : instantOfIso(column)} + interval '${offsetMinutes} minutes')`;
  switch (bucket) {
    case 'day':
      return `to_char(${local}, 'YYYY-MM-DD')`;
    case 'week':
      return `to_char(${local}, 'IYYY-"W"IW')`;
    case 'month':
      return `to_char(${local}, 'YYYY-MM')`;
    case 'quarter':
      return `to_char(${local}, 'YYYY-"Q"Q')`;
    case 'year':
      return `to_char(${local}, 'YYYY')`;
  }
}

/**
 * `YYYY-MM-DD` text as a date, NULL when it is not one. Built with arithmetic rather than a cast,
 * which would fail the whole query on `2025-02-31`: like SQLite, a day past the month's end runs
 * into the next month.
 */
function calendarDateOf(text: string): string {
  return `(CASE WHEN ${text} ~ '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$' AND substr(${text}, 1, 4) <> '0000'
    THEN make_date(substr(${text}, 1, 4)::int, substr(${text}, 6, 2)::int, 1) + (substr(${text}, 9, 2)::int - 1) END)`;
}

/** A stored date-time (`2025-01-06T01:00:00.000Z`, UTC) as a `timestamp`, NULL when the text is not one. */
function instantOfIso(text: string): string {
  return `(CASE WHEN ${text} ~ '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?Z$' AND substr(${text}, 1, 4) <> '0000'
    THEN (make_date(substr(${text}, 1, 4)::int, substr(${text}, 6, 2)::int, 1) + (substr(${text}, 9, 2)::int - 1))::timestamp
      + make_interval(hours => substr(${text}, 12, 2)::int, mins => substr(${text}, 15, 2)::int, secs => rtrim(substr(${text}, 18), 'Z')::float8) END)`;
}

/** Milliseconds as a `timestamp`: whole seconds first, truncated toward zero as SQLite's `/ 1000` does. */
function instantOfMillis(column: string): string {
  return `(timestamp '1970-01-01 00:00:00' + (${column} / 1000) * interval '1 second')`;
}

/** SQLite's `CAST(text AS INTEGER)`: the leading integer, 0 when there is none (a cast here would fail). */
function sqliteIntegerOf(text: string): string {
  return `coalesce(substring(${text} from '^\\s*[+-]?[0-9]+')::int, 0)`;
}
