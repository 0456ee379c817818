import { useState, useSyncExternalStore } from 'react';
import { RecordListController, type RecordListState } from './RecordListController.js';

/**
 * A data list's controller for this page, started from the URL's query; the hook only
 * subscribes. The query goes back into the URL with `replaceState` (no history entry per click,
 * no scroll to the top); the column choice goes to localStorage per user and form.
 */
export function useRecordList(userId: string, formId: string): { readonly list: RecordListController; readonly state: RecordListState } {
  const [list] = useState(
    () =>
      new RecordListController(window.location.search, {
        writeQuery: (query) => window.history.replaceState(window.history.state, '', window.location.pathname + query),
        storage: browserStorage(),
        columnsKey: `formwork.columns.${userId}.${formId}`,
      }),
  );
  const state = useSyncExternalStore(list.subscribe, () => list.state);
  return { list, state };
}

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    // Storage refused (a locked-down browser): the column choice lasts for the page only.
    return undefined;
  }
}
