import { useEffect, useState } from 'react';
import type { FormworkApi } from '../api/FormworkApi.js';
import { useLocale } from '../i18n/LocaleContext.js';
import { Link } from '../routing/Link.js';
import { useLocation } from '../routing/useLocation.js';

/** Sent (on window) after the user acted on tasks, so that the header's count follows at once. */
export const tasksChangedEvent = 'formwork:tasks-changed';

/**
 * The header's way into the approval inbox, with the number of open tasks in its name
 * ("待办 3"). The count is read again on every navigation and after each action; when it cannot
 * be read, the link is still there, without a number.
 */
export function InboxLink({ api }: { readonly api: FormworkApi }) {
  const { t } = useLocale();
  const { pathname } = useLocation();
  const [todo, setTodo] = useState<number | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    const again = (): void => setRound((r) => r + 1);
    window.addEventListener(tasksChangedEvent, again);
    return () => window.removeEventListener(tasksChangedEvent, again);
  }, []);
  useEffect(() => {
    let current = true;
    api.taskCounts().then(
      (counts) => current && setTodo(typeof counts.todo === 'number' ? counts.todo : null),
      () => current && setTodo(null),
    );
    return () => {
      current = false;
    };
  }, [api, pathname, round]);
  return (
    <Link href="/tasks" className="app-header__inbox">
      {todo === null ? t('navTasks') : t('navTasksCount', { n: todo })}
    </Link>
  );
}
