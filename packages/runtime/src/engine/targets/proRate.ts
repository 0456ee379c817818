import { isoWeekday } from '../rules/dates/civilDays.js';
import { roundDecimal } from '../rules/values/roundDecimal.js';
import { parseDay } from '../periods/dayText.js';
import type { DateText } from '../periods/Period.js';
import { parsePeriod } from '../periods/parsePeriod.js';
import { periodDays } from '../periods/periodDays.js';
import { TargetError } from './TargetError.js';

/** How much of a period's target is due by a day. */
export interface ProRated {
  /** target × elapsed ÷ total, rounded half away from zero to `precision`. */
  readonly value: number;
  /** Days counted so far, today included (0 before the period, all of them after it). */
  readonly elapsed: number;
  readonly total: number;
  /** elapsed ÷ total, 0–1. */
  readonly share: number;
}

/**
 * The part of a target due by `today` (a `YYYY-MM-DD` the caller takes from its clock in the
 * app's time zone), counting today as done. By calendar days, or by working days (Monday–Friday
 * less `holidays`) when a period's work happens on weekdays. A period without working days
 * counts calendar days.
 *
 * @example
 * proRate(5_000_000, '2026-11', '2026-11-15') // { value: 2500000, elapsed: 15, total: 30, share: 0.5 }
 */
export function proRate(
  target: number,
  period: string,
  today: DateText,
  options: { readonly basis?: 'calendarDays' | 'workingDays'; readonly holidays?: readonly DateText[]; readonly precision?: number } = {},
): ProRated {
  const parsed = parsePeriod(period);
  if (parsed === undefined) throw new TargetError('invalidPeriod', { 'zh-CN': `“${period}”不是周期名称`, en: `"${period}" is not a period name` });
  const day = parseDay(today);
  if (day === undefined) throw new TargetError('invalidDate', { 'zh-CN': `“${today}”不是日期（应为 YYYY-MM-DD）`, en: `"${today}" is not a date (YYYY-MM-DD)` });
  const { first, last } = periodDays(parsed);
  const holidays = new Set((options.holidays ?? []).map((text) => parseDay(text)));
  const counts = (from: number, to: number, working: boolean) => {
    let count = 0;
    for (let current = from; current <= to; current += 1) if (!working || (isoWeekday(current) <= 5 && !holidays.has(current))) count += 1;
    return count;
  };
  const working = options.basis === 'workingDays' && counts(first, last, true) > 0;
  const total = counts(first, last, working);
  const elapsed = day < first ? 0 : counts(first, Math.min(day, last), working);
  const share = elapsed / total;
  return { value: roundDecimal(target * share, options.precision ?? 2), elapsed, total, share };
}
