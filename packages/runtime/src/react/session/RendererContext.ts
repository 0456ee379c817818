import { createContext, useContext } from 'react';
import type { FormSchema, FormSession, Locale } from '../../engine/index.js';
import type { FieldControlRegistry } from '../fields/fieldControls.js';
import type { FormServices } from '../FormServices.js';
import type { FeedbackStore } from './FeedbackStore.js';

/** What every field of one rendered form shares. Stable for the life of the form. */
export interface RendererContextValue {
  readonly session: FormSession;
  readonly schema: FormSchema;
  readonly services: FormServices;
  readonly locale: Locale;
  /** Prefix of element ids, unique per rendered form. */
  readonly idPrefix: string;
  readonly controls: FieldControlRegistry;
  readonly feedback: FeedbackStore;
  readonly readOnly: boolean;
  /** Columns of the form grid on a wide screen. */
  readonly columns: number;
}

export const RendererContext = createContext<RendererContextValue | null>(null);

/** The shared state of the form being rendered; only valid under `FormRenderer`. */
export function useRenderer(): RendererContextValue {
  const value = useContext(RendererContext);
  if (value === null) throw new Error('Field components render only inside <FormRenderer>.');
  return value;
}
