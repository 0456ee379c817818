import { createContext, useContext } from 'react';
import type { CompiledForm, FormSchema } from '../../engine/index.js';
import type { MeView } from '../api/ApiViews.js';
import type { FormworkApi } from '../api/FormworkApi.js';
import type { DraftStorage } from '../../react/index.js';

/** The signed-in user and the API, shared by every page. */
export interface AppSession {
  readonly api: FormworkApi;
  readonly me: MeView;
  /** Clears the user (after logout or an expired session): the app shows the login page. */
  readonly signOut: () => void;
  /** The engine's `compileForm`, injected so that page tests can use a stand-in. */
  readonly compile: (schema: FormSchema, cacheKey: string) => CompiledForm;
  /** Where drafts are kept (localStorage in the browser). */
  readonly draftStorage: DraftStorage;
  /** The clock for formulas and drafts. */
  readonly now: () => number;
}

export const AppSessionContext = createContext<AppSession | null>(null);

export function useAppSession(): AppSession {
  const session = useContext(AppSessionContext);
  if (!session) throw new Error('useAppSession is only valid inside the signed-in app');
  return session;
}
