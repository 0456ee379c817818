import type { Locale, LocalizedText } from '@formwork/runtime';
import { createContext, useContext } from 'react';
import { fillText } from './fillText.js';

/** The UI's language and a way to read a message in it. */
export interface LocaleTools {
  readonly locale: Locale;
  /** The message in the current language, with `{name}` placeholders filled. */
  readonly t: (text: LocalizedText, params?: Readonly<Record<string, string | number>>) => string;
}

/** Builds the tools for one language (also used by tests and non-React code). */
export function localeTools(locale: Locale): LocaleTools {
  return { locale, t: (text, params) => (params ? fillText(text, params) : text)[locale] };
}

export const LocaleContext = createContext<LocaleTools>(localeTools('zh-CN'));

/** The current language and message reader. */
export function useLocale(): LocaleTools {
  return useContext(LocaleContext);
}
