import type { FormSchema } from '@formwork/runtime';

/** Unsaved changes of one form, kept in the browser until the server has them. */
export interface LocalDraft {
  readonly schema: FormSchema;
  /** The server's draft revision the changes were made on: saving sends it as If-Match. */
  readonly baseRevision: number;
  /** When the changes were last written (ms since the epoch). */
  readonly savedAt: number;
}

/** Where local drafts live: `localStorage` in the browser, a Map in tests. */
export interface DraftStorage {
  read(formId: string): LocalDraft | undefined;
  write(formId: string, draft: LocalDraft): void;
  remove(formId: string): void;
}

const keyOf = (formId: string): string => `formwork.designer.draft.${formId}`;

/**
 * Local drafts over a Web Storage object. A value that is not a draft (corrupt, older format) is
 * ignored; a full storage loses the local copy but never the editing session.
 */
export function createDraftStorage(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>): DraftStorage {
  return {
    read(formId) {
      try {
        const raw = storage.getItem(keyOf(formId));
        if (!raw) return undefined;
        const value = JSON.parse(raw) as Partial<LocalDraft>;
        if (typeof value !== 'object' || value === null || typeof value.baseRevision !== 'number' || typeof value.savedAt !== 'number') return undefined;
        if (typeof value.schema !== 'object' || value.schema === null || value.schema.kind !== 'form') return undefined;
        return value as LocalDraft;
      } catch {
        return undefined;
      }
    },
    write(formId, draft) {
      try {
        storage.setItem(keyOf(formId), JSON.stringify(draft));
      } catch {
        // Quota exceeded or storage disabled: the session goes on, only the safety copy is lost.
      }
    },
    remove(formId) {
      try {
        storage.removeItem(keyOf(formId));
      } catch {
        // Nothing to do: see write.
      }
    },
  };
}
