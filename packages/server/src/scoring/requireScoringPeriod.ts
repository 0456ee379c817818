import { parsePeriod, type LocalizedText, type ScoringSchema } from '@formwork/runtime';
import { HttpError } from '../http/HttpError.js';

const periodWords = {
  year: { 'zh-CN': '年', en: 'year' },
  quarter: { 'zh-CN': '季度', en: 'quarter' },
  month: { 'zh-CN': '月', en: 'month' },
  week: { 'zh-CN': '周', en: 'week' },
} as const;

/**
 * Refuses a period that is not on the calendar or not of the scheme's kind (a week for a monthly
 * scheme) with 400 `invalid_period` pointing at the body's `/period`, in both languages.
 */
export function requireScoringPeriod(scheme: ScoringSchema, periodName: string): void {
  const period = parsePeriod(periodName);
  if (!period) throw invalidPeriod({ 'zh-CN': `无效的期间 "${periodName}"，应如 2026、2026-Q4、2026-11、2026-W48`, en: `"${periodName}" is not a period such as 2026, 2026-Q4, 2026-11 or 2026-W48` });
  if (period.kind !== scheme.period) {
    throw invalidPeriod({ 'zh-CN': `该方案按${periodWords[scheme.period]['zh-CN']}考核，期间 "${periodName}" 不符`, en: `The scheme scores by ${periodWords[scheme.period].en}; "${periodName}" is not one` });
  }
}

function invalidPeriod(message: LocalizedText): HttpError {
  return new HttpError(400, 'invalid_period', message, [{ pointer: '/period', code: 'period', message }]);
}
