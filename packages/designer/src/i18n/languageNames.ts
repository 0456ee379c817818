import type { Locale } from '@formwork/runtime';

/** Each language named in itself, as language pickers show it whatever the UI language. */
export const languageNames: Readonly<Record<Locale, string>> = { 'zh-CN': '中文', en: 'English' };
