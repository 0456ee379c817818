import { useEffect } from 'react';
import type { ScoringStore } from '../../scoring/createScoringStore.js';

/**
 * While the scheme has edits the server does not have (a new scheme's, before its first save,
 * included: its starter counts as saved), closing or reloading the page asks first.
 */
export function useUnsavedScoringWarning(store: ScoringStore): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      const { scheme, savedScheme } = store.getState();
      if (scheme !== savedScheme) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [store]);
}
