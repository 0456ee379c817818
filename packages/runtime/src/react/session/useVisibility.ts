import { useCallback, useSyncExternalStore } from 'react';
import type { FormSession } from '../../engine/index.js';

/** Whether the thing at `pointer` is shown; `null` for things without a rule (always shown). */
export function useVisibility(session: FormSession, pointer: string | null): boolean {
  const subscribe = useCallback(
    (listener: () => void) => (pointer === null ? () => undefined : session.subscribe(pointer, listener)),
    [session, pointer],
  );
  const read = (): boolean => pointer === null || session.isVisible(pointer);
  return useSyncExternalStore(subscribe, read, read);
}
