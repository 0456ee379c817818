import type { TimeBucket } from '@formwork/runtime';
import type { QueryValueKind } from '../../../query/QueryField.js';

/**
 * The SQL expression of a time bucket's key for a column, computed in SQLite so that grouping
 * never leaves the database. Keys sort in time order as text:
 *
 * | bucket  | key          | note                                    |
 * | ------- | ------------ | --------------------------------------- |
 * | day     | `2025-01-06` |                                         |
 * | week    | `2025-W02`   | ISO 8601 weeks: Monday first, ISO year  |
 * | month   | `2025-01`    |                                         |
 * | quarter | `2025-Q1`    | from the month: (month + 2) / 3         |
 * | year    | `2025`       |                                         |
 *
 * Date fields (`YYYY-MM-DD`) are calendar days already; date-times (UTC text) and time stamps
 * (milliseconds) are shifted into the app's time zone first by `offsetMinutes`.
 *
 * @example
 * timeBucketSql('v."v_f_date"', 'date', 'month', 480) // `substr(v."v_f_date", 1, 7)`
 */
export function timeBucketSql(column: string, kind: QueryValueKind, bucket: TimeBucket, offsetMinutes: number): string {
  if (!Number.isInteger(offsetMinutes)) throw new Error('offset must be whole minutes');
  if (kind === 'date') {
    switch (bucket) {
      case 'day':
        return column;
      case 'week':
        return `strftime('%G-W%V', ${column})`;
      case 'month':
        return `substr(${column}, 1, 7)`;
      case 'quarter':
        return `(substr(${column}, 1, 4) || '-Q' || ((CAST(substr(${column}, 6, 2) AS INTEGER) + 2) / 3))`;
      case 'year':
        return `substr(${column}, 1, 4)`;
    }
  }
  const shift = `'${offsetMinutes >= 0 ? '+' : '-'}${Math.abs(offsetMinutes)} minutes'`;
  const source = kind === 'timestamp' ? `${column} / 1000, 'unixepoch', ${shift}` : `${column}, ${shift}`;
  switch (bucket) {
    case 'day':
      return `strftime('%Y-%m-%d', ${source})`;
    case 'week':
      return `strftime('%G-W%V', ${source})`;
    case 'month':
      return `strftime('%Y-%m', ${source})`;
    case 'quarter':
      return `(strftime('%Y', ${source}) || '-Q' || ((CAST(strftime('%m', ${source}) AS INTEGER) + 2) / 3))`;
    case 'year':
      return `strftime('%Y', ${source})`;
  }
}
