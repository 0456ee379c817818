import { isoWeeksInYear } from './isoWeeks.js';
import type { Period } from './Period.js';

/**
 * The period just before: `2026-01` → `2025-12`, `2026-Q1` → `2025-Q4`, `2026-W01` → `2025-W52`.
 */
export function previousPeriod(period: Period): Period {
  if (period.kind === 'year') return { ...period, year: period.year - 1 };
  if (period.index > 1) return { ...period, index: period.index - 1 };
  const year = period.year - 1;
  const last = period.kind === 'quarter' ? 4 : period.kind === 'month' ? 12 : isoWeeksInYear(year);
  return { kind: period.kind, year, index: last };
}
