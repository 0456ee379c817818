import type { Locale, LocalizedText, ScoringSchema } from '@formwork/runtime';

/** What a scoring command sees: the scheme, the language of new names, an id maker for new items. */
export interface ScoringCommandContext {
  readonly scheme: ScoringSchema;
  readonly locale: Locale;
  /** Makes the id of a new KPI item (`k_…`). */
  readonly createId: () => string;
}

/** A command's answer: the new scheme (and the item to select), or why it was refused. */
export type ScoringEdit =
  | { readonly ok: true; readonly scheme: ScoringSchema; readonly selectedItemId?: string | null; readonly id?: string }
  | { readonly ok: false; readonly reason: LocalizedText };
