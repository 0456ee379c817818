import { lazy, Suspense } from 'react';
import { useLocale } from '../i18n/LocaleContext.js';

// The inbox and the task page, with their strings (taskMessages), are one chunk fetched when
// either is opened: the fill page's bundle does not carry them.
const TasksScreen = lazy(() => import('../tasks/TasksScreen.js'));
const TaskScreen = lazy(() => import('../tasks/TaskScreen.js'));
const NotificationsScreen = lazy(() => import('../tasks/NotificationsScreen.js'));

function Loading() {
  const { t } = useLocale();
  return (
    <main className="app-page" aria-busy="true">
      {t('loading')}
    </main>
  );
}

/** `/tasks`: the approval inbox (`?box=todo|initiated|done|cc&form=`). */
export function TasksPage() {
  return (
    <Suspense fallback={<Loading />}>
      <TasksScreen />
    </Suspense>
  );
}

/** `/tasks/:id`: one task, its record as the node may see it, and the actions the node offers. */
export function TaskPage({ taskId }: { readonly taskId: string }) {
  return (
    <Suspense fallback={<Loading />}>
      <TaskScreen taskId={taskId} />
    </Suspense>
  );
}

/** `/notifications`: the user's notifications, newest first, each leading to its task or record. */
export function NotificationsPage() {
  return (
    <Suspense fallback={<Loading />}>
      <NotificationsScreen />
    </Suspense>
  );
}
