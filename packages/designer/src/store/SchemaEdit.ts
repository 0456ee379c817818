import type { FieldDefinition, FormSchema, Locale, LocalizedText } from '@formwork/runtime';

/** What a command reads: the document, the selection and the injected id maker and locale. */
export interface CommandContext {
  readonly schema: FormSchema;
  readonly selectedId: string | null;
  readonly locale: Locale;
  /** Makes a fresh id, unique in the form, for a new field (or a rule when `type` is `rule`). */
  readonly createId: (type: FieldDefinition['type'] | 'rule') => string;
}

/**
 * A command's proposed change, before the store checks its rules and records it in the history:
 * the next document and selection, or why nothing may change.
 */
export type SchemaEdit =
  | { readonly ok: true; readonly schema: FormSchema; readonly selectedId: string | null; readonly id?: string }
  | { readonly ok: false; readonly reason: LocalizedText };
