import type { UserText } from '../documents/form/FormSchema.js';
import type { Locale } from '../i18n/Locale.js';

/**
 * The text an admin typed, in the wanted locale: a plain string serves every locale; a
 * per-locale text falls back to the other locale when one is missing.
 *
 * @example
 * resolveUserText({ 'zh-CN': '金额必须大于 0', en: 'Amount must be positive' }, 'en') // 'Amount must be positive'
 */
export function resolveUserText(text: UserText | undefined, locale: Locale): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const other: Locale = locale === 'en' ? 'zh-CN' : 'en';
  return text[locale] ?? text[other] ?? '';
}
