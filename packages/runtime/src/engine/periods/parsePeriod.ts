import { isoWeeksInYear } from './isoWeeks.js';
import type { Period } from './Period.js';

/**
 * Reads a period name: `2026`, `2026-Q4`, `2026-11` or the ISO week `2026-W48`. Anything else —
 * `2026-13`, `2026-Q5`, `2025-W53` (2025 has 52 ISO weeks), `2026-1` — is undefined.
 *
 * @example
 * parsePeriod('2026-Q4') // { kind: 'quarter', year: 2026, index: 4 }
 */
export function parsePeriod(name: string): Period | undefined {
  const match = /^(\d{4})(?:-(?:Q(\d)|W(\d{2})|(\d{2})))?$/.exec(name);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const [, , quarter, week, month] = match;
  if (quarter !== undefined) {
    const index = Number(quarter);
    return index >= 1 && index <= 4 ? { kind: 'quarter', year, index } : undefined;
  }
  if (week !== undefined) {
    const index = Number(week);
    return index >= 1 && index <= isoWeeksInYear(year) ? { kind: 'week', year, index } : undefined;
  }
  if (month !== undefined) {
    const index = Number(month);
    return index >= 1 && index <= 12 ? { kind: 'month', year, index } : undefined;
  }
  return { kind: 'year', year, index: 1 };
}
