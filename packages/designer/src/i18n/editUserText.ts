import type { Locale, UserText } from '@formwork/runtime';

/**
 * What an admin typed for one language, for an input to show: a plain string serves every
 * language, so it shows in each; a missing language shows empty (the runtime falls back to the
 * other one, which the input can offer as its placeholder).
 *
 * @example
 * userTextFor({ 'zh-CN': '提交', en: 'Send' }, 'en') // 'Send'
 * userTextFor('Send', 'zh-CN') // 'Send'
 */
export function userTextFor(text: UserText | undefined, locale: Locale): string {
  if (text === undefined) return '';
  return typeof text === 'string' ? text : (text[locale] ?? '');
}

/**
 * `text` with one language's wording replaced (blank: removed), as a per-language object. A plain
 * string is first kept for the other language, so editing one never changes what the other shows.
 * `undefined` when no language has any text left.
 *
 * @example
 * withUserText('Send', 'zh-CN', '提交') // { 'zh-CN': '提交', en: 'Send' }
 * withUserText({ en: 'Send' }, 'en', ' ') // undefined
 */
export function withUserText(text: UserText | undefined, locale: Locale, value: string): UserText | undefined {
  const base: Partial<Record<Locale, string>> = typeof text === 'string' ? (text === '' ? {} : { 'zh-CN': text, en: text }) : { ...text };
  if (value.trim() === '') delete base[locale];
  else base[locale] = value;
  // A fixed key order keeps saved documents stable whichever language was edited first.
  const zh = base['zh-CN'];
  const en = base.en;
  if (zh === undefined && en === undefined) return undefined;
  return { ...(zh === undefined ? {} : { 'zh-CN': zh }), ...(en === undefined ? {} : { en }) };
}
