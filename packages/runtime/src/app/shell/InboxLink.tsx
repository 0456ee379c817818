import type { FormworkApi } from '../api/FormworkApi.js';
import { useLocale } from '../i18n/LocaleContext.js';
import { Link } from '../routing/Link.js';
import { NotificationsLink } from './NotificationsLink.js';
import { useHeaderCounts } from './useHeaderCounts.js';

export { tasksChangedEvent } from './useHeaderCounts.js';

/**
 * The header's way into the approval inbox, with the number of open tasks in its name
 * ("待办 3"), and the notifications link with the unread count beside it. Both counts come from
 * one call per navigation; when they cannot be read, the links are still there, without numbers.
 */
export function InboxLink({ api }: { readonly api: FormworkApi }) {
  const { t } = useLocale();
  const { todo, unread } = useHeaderCounts(api);
  return (
    <>
      <Link href="/tasks" className="app-header__inbox">
        {todo === null ? t('navTasks') : t('navTasksCount', { n: todo })}
      </Link>
      <NotificationsLink unread={unread} />
    </>
  );
}
