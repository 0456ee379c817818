import { createContext, useContext } from 'react';
import type { Locale } from '../../engine/index.js';
import { appMessages, type AppMessageKey } from './appMessages.js';

export interface LocaleState {
  readonly locale: Locale;
  readonly setLocale: (locale: Locale) => void;
}

export const LocaleContext = createContext<LocaleState>({ locale: 'zh-CN', setLocale: () => undefined });

/** Translates app strings in the current language: `t('recordCount', { n: 3 })`. */
export type Translate = (key: AppMessageKey, params?: Readonly<Record<string, string | number>>) => string;

/** The current locale and a translator bound to it. */
export function useLocale(): LocaleState & { readonly t: Translate } {
  const state = useContext(LocaleContext);
  return { ...state, t: translator(state.locale) };
}

/** A translator for one locale (for code outside components). */
export function translator(locale: Locale): Translate {
  return (key, params = {}) =>
    appMessages[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}
