import { resolveLocale, type Locale } from '@formwork/runtime';

/** The language to start in: `?lang=` when given, else the browser's languages, else zh-CN. */
export function initialLocale(search: string, browserLanguages: readonly string[]): Locale {
  const asked = new URLSearchParams(search).get('lang');
  return resolveLocale(asked ?? browserLanguages.join(','));
}
