import { useEffect } from 'react';
import type { DashboardStore } from '../../dashboard/createDashboardStore.js';

/**
 * While the dashboard has edits the server does not have, closing or reloading the page asks
 * first (the browser's own question): the dashboard keeps no local copy.
 */
export function useUnsavedDashboardWarning(store: DashboardStore): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      const { dashboard, savedDashboard } = store.getState();
      if (dashboard !== savedDashboard) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [store]);
}
