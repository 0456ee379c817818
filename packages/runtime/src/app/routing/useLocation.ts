import { useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

const read = (): string => window.location.pathname + window.location.search;

/** The current path and query; re-renders on navigate() and on back/forward. */
export function useLocation(): URL {
  const href = useSyncExternalStore(subscribe, read, read);
  return new URL(href, 'http://app.invalid');
}

/** Goes to a path inside the app without reloading (history API). */
export function navigate(path: string, options: { readonly replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  for (const listener of listeners) listener();
  window.scrollTo?.(0, 0);
}
