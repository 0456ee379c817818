import type { Locale } from '../i18n/Locale.js';
import { roundDecimal } from '../rules/values/roundDecimal.js';

/**
 * A number as an explanation shows it: rounded half away from zero to `digits` places, no
 * trailing zeros; in English with thousands separators. Deterministic (no `Intl`, whose output
 * differs between Node and browsers).
 *
 * @example
 * formatScoreNumber(1234567.891, 'en') // '1,234,567.89'
 * formatScoreNumber(25.5, 'zh-CN', 1)  // '25.5'
 */
export function formatScoreNumber(value: number, locale: Locale, digits = 2): string {
  const rounded = roundDecimal(value, digits);
  const text = String(rounded);
  // Below a thousand there is nothing to group (most of a sheet's figures: shares, weights, points).
  if (locale !== 'en' || (rounded > -1000 && rounded < 1000) || text.includes('e')) return text;
  const [whole = '', fraction] = text.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const grouped = whole.slice(sign.length).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}
