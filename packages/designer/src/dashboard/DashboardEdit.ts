import type { DashboardSchema, Locale, LocalizedText } from '@formwork/runtime';

/** A form of the app that widgets may read: its id and title, and its fields as pickers list them. */
export interface DashboardFormChoice {
  readonly id: string;
  readonly title: string;
}

/** What a dashboard command sees: the document, the language of new titles, an id maker, the app's forms. */
export interface DashboardCommandContext {
  readonly dashboard: DashboardSchema;
  readonly locale: Locale;
  /** Makes ids for new widgets and dashboard filters; `prefix` is `w` or `f`. */
  readonly createId: (prefix: 'w' | 'f') => string;
  /** The forms a new widget may read; the first is where a new widget starts. */
  readonly forms: readonly DashboardFormChoice[];
}

/** A command's answer: the new document (and the widget to select), or why it was refused. */
export type DashboardEdit =
  | { readonly ok: true; readonly dashboard: DashboardSchema; readonly selectedId?: string | null; readonly id?: string }
  | { readonly ok: false; readonly reason: LocalizedText };
