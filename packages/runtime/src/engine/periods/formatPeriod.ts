import type { Period } from './Period.js';

/**
 * The name of a period, the inverse of `parsePeriod`.
 *
 * @example
 * formatPeriod({ kind: 'week', year: 2026, index: 8 }) // '2026-W08'
 */
export function formatPeriod(period: Period): string {
  const year = String(period.year).padStart(4, '0');
  const index = String(period.index).padStart(2, '0');
  switch (period.kind) {
    case 'year':
      return year;
    case 'quarter':
      return `${year}-Q${period.index}`;
    case 'month':
      return `${year}-${index}`;
    case 'week':
      return `${year}-W${index}`;
  }
}
