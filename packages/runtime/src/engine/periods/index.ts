/**
 * Periods: named `2026`, `2026-Q4`, `2026-11` or `2026-W48` (ISO week) everywhere — API,
 * documents, targets — and turned into local calendar dates with integer day arithmetic, never
 * the clock or the host time zone.
 */
export type * from './Period.js';
export { parsePeriod } from './parsePeriod.js';
export { formatPeriod } from './formatPeriod.js';
export { labelPeriod } from './labelPeriod.js';
export { periodDays, periodRange } from './periodDays.js';
export { comparePeriods } from './comparePeriods.js';
export { childPeriods } from './childPeriods.js';
export { periodContaining } from './periodContaining.js';
export { previousPeriod } from './previousPeriod.js';
export { nextPeriod } from './nextPeriod.js';
export { samePeriodLastYear } from './samePeriodLastYear.js';
export { isoWeekMonday, isoWeekOf, isoWeeksInYear } from './isoWeeks.js';
export { formatDay, parseDay } from './dayText.js';
