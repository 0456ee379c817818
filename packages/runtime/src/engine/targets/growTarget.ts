import { formatQuantity } from '../scoring/formatQuantity.js';
import { formatScoreNumber } from '../scoring/formatScoreNumber.js';
import { roundDecimal } from '../rules/values/roundDecimal.js';
import type { TargetRule } from './TargetNode.js';

/**
 * A target set as growth over the same period last year: last year's actual × (1 + growth ÷ 100),
 * rounded half away from zero to `precision` (default 2).
 *
 * @example
 * growTarget({ lastYearPeriod: '2025-11', lastYearActual: 1_000_000, growthPercent: 20 })
 * // { value: 1200000, rule: { code: 'growth', text: { 'zh-CN': '去年同期（2025-11）实际 100万 × (1 + 20%) = 120万', … } } }
 */
export function growTarget(request: {
  readonly lastYearPeriod: string;
  readonly lastYearActual: number;
  readonly growthPercent: number;
  readonly precision?: number;
  readonly unit?: string;
}): { readonly value: number; readonly rule: TargetRule } {
  const value = roundDecimal(request.lastYearActual * (1 + request.growthPercent / 100), request.precision ?? 2);
  const growth = (locale: 'zh-CN' | 'en') => `${request.growthPercent < 0 ? '−' : '+'} ${formatScoreNumber(Math.abs(request.growthPercent), locale)}%`;
  return {
    value,
    rule: {
      code: 'growth',
      text: {
        'zh-CN': `去年同期（${request.lastYearPeriod}）实际 ${formatQuantity(request.lastYearActual, request.unit, 'zh-CN')} × (1 ${growth('zh-CN')}) = ${formatQuantity(value, request.unit, 'zh-CN')}`,
        en: `same period last year (${request.lastYearPeriod}) actual ${formatQuantity(request.lastYearActual, request.unit, 'en')} × (1 ${growth('en')}) = ${formatQuantity(value, request.unit, 'en')}`,
      },
    },
  };
}
