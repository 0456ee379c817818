import { lazy, Suspense } from 'react';
import { PageLoading } from './PageLoading.js';

// The inbox and the task page, with their strings (taskMessages), are one chunk fetched when
// either is opened: the fill page's bundle does not carry them.
const TasksScreen = lazy(() => import('../tasks/TasksScreen.js'));
const TaskScreen = lazy(() => import('../tasks/TaskScreen.js'));
const NotificationsScreen = lazy(() => import('../tasks/NotificationsScreen.js'));

/** `/tasks`: the approval inbox (`?box=todo|initiated|done|cc&form=`). */
export function TasksPage() {
  return (
    <Suspense fallback={<PageLoading />}>
      <TasksScreen />
    </Suspense>
  );
}

/** `/tasks/:id`: one task, its record as the node may see it, and the actions the node offers. */
export function TaskPage({ taskId }: { readonly taskId: string }) {
  return (
    <Suspense fallback={<PageLoading />}>
      <TaskScreen taskId={taskId} />
    </Suspense>
  );
}

/** `/notifications`: the user's notifications, newest first, each leading to its task or record. */
export function NotificationsPage() {
  return (
    <Suspense fallback={<PageLoading />}>
      <NotificationsScreen />
    </Suspense>
  );
}
