import { createContext, useContext } from 'react';
import { createDropPreviewStore, type DropPreviewStore } from './dropPreviewStore.js';

const fallback = createDropPreviewStore();

export const DropPreviewContext = createContext<DropPreviewStore>(fallback);

/** The drop indicator store of the editor this component is in. */
export function useDropPreviewStore(): DropPreviewStore {
  return useContext(DropPreviewContext);
}
