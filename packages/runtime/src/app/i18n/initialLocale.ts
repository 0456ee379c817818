import { resolveLocale, type Locale } from '../../engine/index.js';

export const localeStorageKey = 'formwork:locale';

/**
 * The language to start in: `?lang=` first (a shared link can choose), then the one picked
 * before on this device, then the browser's.
 */
export function initialLocale(search: string, stored: string | null, browser: string | undefined): Locale {
  const fromQuery = new URLSearchParams(search).get('lang');
  if (fromQuery) return resolveLocale(fromQuery);
  if (stored === 'zh-CN' || stored === 'en') return stored;
  return resolveLocale(browser);
}
