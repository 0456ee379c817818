import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { DesignerStore } from '../../store/createDesignerStore.js';
import type { DesignerState } from '../../store/DesignerState.js';

export const DesignerStoreContext = createContext<DesignerStore | null>(null);

/** The designer store of the editor this component is in. */
export function useDesignerStore(): DesignerStore {
  const store = useContext(DesignerStoreContext);
  if (!store) throw new Error('useDesignerStore must be used inside a DesignerStoreContext provider');
  return store;
}

/** A slice of the designer state; the component re-renders only when the slice changes. */
export function useDesigner<T>(selector: (state: DesignerState) => T): T {
  return useStore(useDesignerStore(), selector);
}
