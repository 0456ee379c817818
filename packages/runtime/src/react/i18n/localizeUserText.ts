import type { Locale, UserText } from '../../engine/index.js';

/**
 * Text an admin typed, in the reader's locale: a plain string as is, a per-locale object in the
 * locale asked for, else in whichever locale it has.
 */
export function localizeUserText(text: UserText | undefined, locale: Locale): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[locale] ?? text['zh-CN'] ?? text.en ?? '';
}
