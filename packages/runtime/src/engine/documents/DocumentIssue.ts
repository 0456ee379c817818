import type { LocalizedText } from '../i18n/Locale.js';

/**
 * One fault found in a document: where (an RFC 6901 JSON pointer into the document as given),
 * what kind (a stable code for programs), and a message for people in every locale.
 */
export interface DocumentIssue {
  readonly pointer: string;
  readonly code: string;
  readonly message: LocalizedText;
}

/** The result of every `parse…` function: the typed, migrated document, or every fault found. */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T; readonly migratedFrom?: number }
  | { readonly ok: false; readonly errors: readonly DocumentIssue[] };
