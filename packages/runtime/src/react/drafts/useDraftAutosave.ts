import { useEffect, useRef } from 'react';
import type { FormSession } from '../../engine/index.js';
import type { DraftStorage } from './DraftStorage.js';

/** How long typing must pause before the draft is written (one write per burst, not per key). */
const saveDelayMs = 400;

export interface DraftAutosave {
  /** Forgets the draft: drops any pending write and removes the stored one. */
  readonly discard: () => void;
}

/**
 * Writes the session's values to the draft storage as the user types (debounced), and once more
 * when the page is hidden or the form closes, so that nothing typed is lost to a closed tab.
 */
export function useDraftAutosave(
  session: FormSession,
  draft: { readonly storage: DraftStorage; readonly key: string } | undefined,
  now: () => number,
): DraftAutosave {
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ draft, now });
  latest.current = { draft, now };

  useEffect(() => {
    if (!draft) return;
    const write = (): void => {
      if (pending.current !== null) clearTimeout(pending.current);
      pending.current = null;
      const { draft: target, now: clock } = latest.current;
      target?.storage.save(target.key, { values: session.getValues(), savedAt: clock() });
    };
    const flush = (): void => {
      if (pending.current !== null) write();
    };
    const unsubscribe = session.subscribe(() => {
      if (pending.current !== null) clearTimeout(pending.current);
      pending.current = setTimeout(write, saveDelayMs);
    });
    const onHide = (): void => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', flush);
    return () => {
      unsubscribe();
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', flush);
      flush();
    };
    // The draft is identified by its key; a new options object with the same key is the same draft.
  }, [session, draft?.key, draft?.storage]);

  return {
    discard: () => {
      if (pending.current !== null) clearTimeout(pending.current);
      pending.current = null;
      const target = latest.current.draft;
      target?.storage.remove(target.key);
    },
  };
}
