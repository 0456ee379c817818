import { useEffect, useState, useSyncExternalStore } from 'react';
import type { FormworkApi } from '../api/FormworkApi.js';
import { tasksChangedEvent } from '../shell/InboxLink.js';
import { InboxController, type InboxState } from './InboxController.js';

/**
 * The inbox's controller for this page, started from the URL's query and loaded once; the hook
 * only subscribes. The query goes back with `replaceState` (no history entry per tab).
 */
export function useInbox(api: FormworkApi): { readonly inbox: InboxController; readonly state: InboxState } {
  const [inbox] = useState(
    () =>
      new InboxController(window.location.search, {
        api,
        writeQuery: (query) => window.history.replaceState(window.history.state, '', window.location.pathname + query),
        onTasksChanged: () => window.dispatchEvent(new Event(tasksChangedEvent)),
      }),
  );
  useEffect(() => {
    void inbox.load();
  }, [inbox]);
  const state = useSyncExternalStore(inbox.subscribe, () => inbox.state);
  return { inbox, state };
}
