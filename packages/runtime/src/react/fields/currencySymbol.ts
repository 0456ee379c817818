import type { Locale } from '../../engine/index.js';

/** The symbol of an ISO 4217 currency in the reader's locale (`CNY` → `¥`), or the code itself. */
export function currencySymbol(currency: string, locale: Locale): string {
  try {
    const part = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' })
      .formatToParts(0)
      .find((p) => p.type === 'currency');
    return part?.value ?? currency;
  } catch {
    return currency;
  }
}
