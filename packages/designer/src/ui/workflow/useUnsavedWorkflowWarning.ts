import { useEffect } from 'react';
import type { WorkflowStore } from '../../workflow/createWorkflowStore.js';

/**
 * While the flow has edits the server does not have, closing or reloading the page asks first
 * (the browser's own question): unlike the form, the flow keeps no local copy.
 */
export function useUnsavedWorkflowWarning(store: WorkflowStore): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      const { workflow, savedWorkflow } = store.getState();
      if (workflow !== savedWorkflow) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [store]);
}
