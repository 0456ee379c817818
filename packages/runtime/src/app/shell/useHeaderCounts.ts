import { useEffect, useState } from 'react';
import type { FormworkApi } from '../api/FormworkApi.js';
import { useLocation } from '../routing/useLocation.js';

/**
 * Sent (on window) after the user acted on tasks or read notifications, so that the header's
 * counts follow at once.
 */
export const tasksChangedEvent = 'formwork:tasks-changed';

/** What the header shows: open tasks and unread notifications; null when it could not be read. */
export interface HeaderCounts {
  readonly todo: number | null;
  readonly unread: number | null;
}

/**
 * The header's counts, read with one call (`/api/tasks/counts` answers both) on every navigation
 * and after each `tasksChangedEvent`; an answer that arrives after the next navigation is dropped.
 */
export function useHeaderCounts(api: FormworkApi): HeaderCounts {
  const { pathname } = useLocation();
  const [counts, setCounts] = useState<HeaderCounts>({ todo: null, unread: null });
  const [round, setRound] = useState(0);
  useEffect(() => {
    const again = (): void => setRound((r) => r + 1);
    window.addEventListener(tasksChangedEvent, again);
    return () => window.removeEventListener(tasksChangedEvent, again);
  }, []);
  useEffect(() => {
    let current = true;
    api.taskCounts().then(
      (answer) =>
        current &&
        setCounts({
          todo: typeof answer.todo === 'number' ? answer.todo : null,
          unread: typeof answer.unreadNotifications === 'number' ? answer.unreadNotifications : null,
        }),
      () => current && setCounts({ todo: null, unread: null }),
    );
    return () => {
      current = false;
    };
  }, [api, pathname, round]);
  return counts;
}
