import type { Locale, LocalizedText } from '../i18n/Locale.js';

/** Between the two languages of a rule stored in one text field. */
const marker = ' ‖ en: ';

/** Longest text the targets form's rule field holds. */
export const maxStoredRuleLength = 500;

/**
 * A target's rule as the targets form stores it (one text field): both languages, Chinese first —
 * `平均分配 ‖ en: Split evenly` — readable as it is in any list or export of the records, and read
 * back per language by `ruleTextIn`. A pair too long for the field keeps the Chinese alone.
 *
 * @example
 * storedRuleText({ 'zh-CN': '平均分配', en: 'Split evenly' }) // '平均分配 ‖ en: Split evenly'
 */
export function storedRuleText(text: LocalizedText): string {
  const both = `${text['zh-CN']}${marker}${text.en}`;
  return both.length <= maxStoredRuleLength ? both : text['zh-CN'].slice(0, maxStoredRuleLength);
}

/**
 * A stored rule in the viewer's language: the part of `storedRuleText` for it; a rule stored in
 * Chinese only (records written before both were kept, or too long for both) as it is.
 *
 * @example
 * ruleTextIn('平均分配 ‖ en: Split evenly', 'en') // 'Split evenly'
 * ruleTextIn('平均分配', 'en') // '平均分配'
 */
export function ruleTextIn(stored: string, locale: Locale): string {
  const at = stored.lastIndexOf(marker);
  if (at < 0) return stored;
  return locale === 'en' ? stored.slice(at + marker.length) : stored.slice(0, at);
}
