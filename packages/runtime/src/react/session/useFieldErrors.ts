import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { FieldError, FormSession } from '../../engine/index.js';
import { sameErrors } from './sameErrors.js';

/** The engine's errors at exactly `pointer`, re-rendering only when they change. */
export function useFieldErrors(session: FormSession, pointer: string): readonly FieldError[] {
  const cache = useRef<readonly FieldError[]>([]);
  const subscribe = useCallback((listener: () => void) => session.subscribe(pointer, listener), [session, pointer]);
  const read = (): readonly FieldError[] => {
    const errors = session.getErrors(pointer);
    if (!sameErrors(cache.current, errors)) cache.current = errors;
    return cache.current;
  };
  return useSyncExternalStore(subscribe, read, read);
}
