import type { LocalizedText } from '@formwork/runtime';

/**
 * What every store command answers: done (with the id it created, if any), or refused with a
 * reason a person can read. A refused command changes nothing, not even the history.
 */
export type CommandResult =
  | { readonly ok: true; readonly id?: string }
  | { readonly ok: false; readonly reason: LocalizedText };
