import { resolveLocale, type Locale } from '@formwork/runtime';
import type { Request } from 'express';

/**
 * The language to answer in: `?lang=` first, then the user's saved preference, then
 * `Accept-Language`, then zh-CN.
 */
export function requestLocale(req: Request, userLocale: Locale | null = null): Locale {
  const fallback = userLocale ?? resolveLocale(req.get('accept-language'));
  const lang = req.query['lang'];
  return typeof lang === 'string' ? resolveLocale(lang, fallback) : fallback;
}
