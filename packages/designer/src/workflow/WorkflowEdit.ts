import type { Locale, LocalizedText, WorkflowSchema } from '@formwork/runtime';

/** What a workflow command sees: the document, the language of new names, an id maker. */
export interface WorkflowCommandContext {
  readonly workflow: WorkflowSchema;
  readonly locale: Locale;
  /** Makes ids for new nodes, edges and node validations; `prefix` is `n`, `e` or `v`. */
  readonly createId: (prefix: 'n' | 'e' | 'v') => string;
}

/** A command's answer: the new document (and the node to select), or why it was refused. */
export type WorkflowEdit =
  | { readonly ok: true; readonly workflow: WorkflowSchema; readonly selectedId?: string | null; readonly id?: string }
  | { readonly ok: false; readonly reason: LocalizedText };
