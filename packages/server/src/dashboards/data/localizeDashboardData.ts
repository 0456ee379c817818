import type { Locale } from '@formwork/runtime';
import type { DashboardData } from './computeDashboardData.js';

/** A widget's error as the API sends it: the messages in the caller's language. */
export interface SentWidgetError {
  readonly code: string;
  readonly message: string;
  readonly details: readonly { readonly pointer: string; readonly code: string; readonly message: string }[];
}

/**
 * Dashboard data as the API sends it: widget errors in the caller's language (`?lang=`, their
 * saved locale, `Accept-Language`), as every error envelope is. The data itself has no words
 * to translate, so the cache holds one answer for both languages.
 */
export function localizeDashboardData(data: DashboardData, locale: Locale): unknown {
  return {
    ...data,
    widgets: data.widgets.map((widget) => {
      if (!('error' in widget)) return widget;
      const { error } = widget;
      const sent: SentWidgetError = {
        code: error.code,
        message: error.message[locale],
        details: error.details.map((detail) => ({ pointer: detail.pointer, code: detail.code, message: detail.message[locale] })),
      };
      return { ...widget, error: sent };
    }),
  };
}
