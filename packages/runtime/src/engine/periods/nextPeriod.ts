import { isoWeeksInYear } from './isoWeeks.js';
import type { Period } from './Period.js';

/**
 * The period just after: `2026-12` → `2027-01`, `2026-W53` → `2027-W01`.
 */
export function nextPeriod(period: Period): Period {
  if (period.kind === 'year') return { ...period, year: period.year + 1 };
  const last = period.kind === 'quarter' ? 4 : period.kind === 'month' ? 12 : isoWeeksInYear(period.year);
  return period.index < last ? { ...period, index: period.index + 1 } : { kind: period.kind, year: period.year + 1, index: 1 };
}
