import type { LocalizedText } from '../i18n/Locale.js';
import { parseDay } from '../periods/dayText.js';
import type { DateText } from '../periods/Period.js';
import { parsePeriod } from '../periods/parsePeriod.js';
import { periodDays } from '../periods/periodDays.js';
import { roundDecimal } from '../rules/values/roundDecimal.js';
import { formatScoreNumber } from '../scoring/formatScoreNumber.js';
import { proRate } from './proRate.js';
import { TargetError } from './TargetError.js';

/** One person's actual against their target for the period. */
export interface TargetProgress {
  readonly personId: string;
  readonly name?: string;
  readonly target: number;
  readonly actual: number;
}

export interface Laggard extends TargetProgress {
  /** The part of the target due by today. */
  readonly due: number;
  /** actual ÷ due, 0–1+ (rounded to 4 places). */
  readonly share: number;
  /** due − actual. */
  readonly shortfall: number;
  readonly message: LocalizedText;
}

/**
 * People below `threshold` (e.g. 0.8 for 80 %) of their pro-rated target, once the period has
 * run `fromDay` days (counting today; earlier in a period everyone is "behind" by noise). Listed
 * furthest behind first. People without a target above 0 are never laggards.
 *
 * @example
 * findLaggards({ progress, period: '2026-11', today: '2026-11-15', threshold: 0.8, fromDay: 10 })
 */
export function findLaggards(request: {
  readonly progress: readonly TargetProgress[];
  readonly period: string;
  readonly today: DateText;
  readonly threshold: number;
  readonly fromDay: number;
  readonly precision?: number;
}): { readonly checked: boolean; readonly dayOfPeriod: number; readonly laggards: readonly Laggard[] } {
  const period = parsePeriod(request.period);
  const today = parseDay(request.today);
  if (period === undefined) throw new TargetError('invalidPeriod', { 'zh-CN': `“${request.period}”不是周期名称`, en: `"${request.period}" is not a period name` });
  if (today === undefined) throw new TargetError('invalidDate', { 'zh-CN': `“${request.today}”不是日期（应为 YYYY-MM-DD）`, en: `"${request.today}" is not a date (YYYY-MM-DD)` });
  const { first, last } = periodDays(period);
  const dayOfPeriod = today < first ? 0 : Math.min(today, last) - first + 1;
  if (dayOfPeriod < request.fromDay) return { checked: false, dayOfPeriod, laggards: [] };
  const precision = request.precision ?? 2;
  const laggards = request.progress.flatMap((person): Laggard[] => {
    if (!(person.target > 0)) return [];
    const due = proRate(person.target, request.period, request.today, { precision }).value;
    if (!(due > 0) || person.actual >= due * request.threshold) return [];
    const share = roundDecimal(person.actual / due, 4);
    const who = person.name ?? person.personId;
    const percent = (locale: 'zh-CN' | 'en') => `${formatScoreNumber(share * 100, locale, 1)}%`;
    return [
      {
        ...person,
        due,
        share,
        shortfall: roundDecimal(due - person.actual, precision),
        message: {
          'zh-CN': `${who} 截至第 ${dayOfPeriod} 天完成 ${formatScoreNumber(person.actual, 'zh-CN')}，应完成 ${formatScoreNumber(due, 'zh-CN')}（${percent('zh-CN')}），低于 ${formatScoreNumber(request.threshold * 100, 'zh-CN')}%`,
          en: `${who} has ${formatScoreNumber(person.actual, 'en')} of the ${formatScoreNumber(due, 'en')} due by day ${dayOfPeriod} (${percent('en')}), below ${formatScoreNumber(request.threshold * 100, 'en')}%`,
        },
      },
    ];
  });
  laggards.sort((a, b) => a.share - b.share || a.personId.localeCompare(b.personId));
  return { checked: true, dayOfPeriod, laggards };
}
