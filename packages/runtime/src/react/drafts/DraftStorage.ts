import type { RecordData } from '../../engine/index.js';

/** A form's unsent values, kept on the device until the server acknowledges the submit. */
export interface StoredDraft {
  readonly values: RecordData;
  /** When it was saved (ms since the epoch), to tell the user how old it is. */
  readonly savedAt: number;
}

/** Where drafts live; injected so that tests and other hosts can keep them elsewhere. */
export interface DraftStorage {
  load(key: string): StoredDraft | null;
  save(key: string, draft: StoredDraft): void;
  remove(key: string): void;
}

/**
 * The key of a form version's draft, per user: two people sharing a device do not see each
 * other's drafts, and a draft of version 3 is not poured into version 4.
 *
 * @example
 * draftKey({ formId: 'f1', version: 3, userId: 'u7' }) // 'formwork:draft:f1@3:u7'
 */
export function draftKey({ formId, version, userId }: { readonly formId: string; readonly version: number | string; readonly userId?: string | undefined }): string {
  return `formwork:draft:${formId}@${version}${userId === undefined ? '' : `:${userId}`}`;
}

/**
 * Drafts in a Web Storage (the app passes `localStorage`). A full or blocked storage (private
 * mode, quota) loses the draft, never the form: every failure is swallowed.
 */
export function createWebDraftStorage(storage: Storage): DraftStorage {
  return {
    load(key) {
      try {
        const raw = storage.getItem(key);
        if (raw === null) return null;
        const parsed: unknown = JSON.parse(raw);
        if (typeof parsed !== 'object' || parsed === null) return null;
        const { values, savedAt } = parsed as { values?: unknown; savedAt?: unknown };
        if (typeof values !== 'object' || values === null || Array.isArray(values) || typeof savedAt !== 'number') return null;
        return { values: values as RecordData, savedAt };
      } catch {
        return null;
      }
    },
    save(key, draft) {
      try {
        storage.setItem(key, JSON.stringify(draft));
      } catch {
        // Quota or privacy mode: the form keeps working without a draft.
      }
    },
    remove(key) {
      try {
        storage.removeItem(key);
      } catch {
        // As above.
      }
    },
  };
}
