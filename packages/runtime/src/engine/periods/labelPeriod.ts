import type { LocalizedText } from '../i18n/Locale.js';
import { formatPeriod } from './formatPeriod.js';
import type { Period } from './Period.js';

/**
 * How people read a period: `2026年第4季度` / `Q4 2026`.
 *
 * @example
 * labelPeriod({ kind: 'month', year: 2026, index: 11 }) // { 'zh-CN': '2026年11月', en: '2026-11' }
 */
export function labelPeriod(period: Period): LocalizedText {
  switch (period.kind) {
    case 'year':
      return { 'zh-CN': `${period.year}年`, en: String(period.year) };
    case 'quarter':
      return { 'zh-CN': `${period.year}年第${period.index}季度`, en: `Q${period.index} ${period.year}` };
    case 'month':
      return { 'zh-CN': `${period.year}年${period.index}月`, en: formatPeriod(period) };
    case 'week':
      return { 'zh-CN': `${period.year}年第${period.index}周`, en: `week ${period.index} of ${period.year}` };
  }
}
