/** The languages Formwork speaks. Every message a user can see exists in both. */
export type Locale = 'zh-CN' | 'en';

export const locales: readonly Locale[] = ['zh-CN', 'en'];

/** A text shown to users, in every supported language. */
export type LocalizedText = Readonly<Record<Locale, string>>;

/**
 * Picks the best supported locale for an `Accept-Language` header or a `?lang=` value.
 *
 * @example
 * resolveLocale('en-US,en;q=0.9') // 'en'
 * resolveLocale(undefined)        // 'zh-CN'
 */
export function resolveLocale(preference: string | null | undefined, fallback: Locale = 'zh-CN'): Locale {
  if (!preference) return fallback;
  const ranked = preference
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((entry) => entry.tag.length > 0 && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return fallback;
}
