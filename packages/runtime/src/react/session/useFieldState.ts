import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { FieldError, FormSession } from '../../engine/index.js';
import { sameErrors } from './sameErrors.js';

export interface FieldState {
  readonly value: unknown;
  readonly visible: boolean;
  readonly errors: readonly FieldError[];
}

/**
 * One field's slice of the session, subscribed by pointer: the component re-renders only when
 * the engine reports a change at this pointer and the slice really differs.
 */
export function useFieldState(session: FormSession, pointer: string): FieldState {
  const cache = useRef<{ pointer: string; state: FieldState } | null>(null);
  const subscribe = useCallback((listener: () => void) => session.subscribe(pointer, listener), [session, pointer]);
  const read = (): FieldState => {
    const value = session.getValue(pointer);
    const visible = session.isVisible(pointer);
    const errors = session.getErrors(pointer);
    const previous = cache.current;
    if (
      previous !== null &&
      previous.pointer === pointer &&
      sameValue(previous.state.value, value) &&
      previous.state.visible === visible &&
      sameErrors(previous.state.errors, errors)
    ) {
      return previous.state;
    }
    const state = { value, visible, errors };
    cache.current = { pointer, state };
    return state;
  };
  return useSyncExternalStore(subscribe, read, read);
}

/**
 * Object.is, and for objects (addresses, file lists) equal JSON: a session may hand out a fresh
 * object for an unchanged value, and a fresh snapshot on every read would loop React.
 */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
