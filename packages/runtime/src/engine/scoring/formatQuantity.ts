import type { Locale } from '../i18n/Locale.js';
import { formatScoreNumber } from './formatScoreNumber.js';

/**
 * An actual or target value with its unit: `90万` / `900,000` for money, `85%`, `25次` / `25 次`.
 * Chinese reads amounts of ten thousand and more in 万 (to 2 places), as sales teams write them.
 */
export function formatQuantity(value: number, unit: string | undefined, locale: Locale): string {
  if (unit === '%') return `${formatScoreNumber(value, locale)}%`;
  if (locale === 'zh-CN') {
    const number = Math.abs(value) >= 10_000 ? `${formatScoreNumber(value / 10_000, locale)}万` : formatScoreNumber(value, locale);
    return `${number}${unit ?? ''}`;
  }
  const number = formatScoreNumber(value, locale);
  return unit === undefined || unit === '' ? number : `${number} ${unit}`;
}
