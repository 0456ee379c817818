import { useEffect, useState, type MouseEvent } from 'react';
import type { NotificationView } from '../api/TaskViews.js';
import { Link } from '../routing/Link.js';
import { routePath } from '../routing/parseRoute.js';
import { navigate } from '../routing/useLocation.js';
import { useAppSession } from '../shell/AppSession.js';
import { tasksChangedEvent } from '../shell/InboxLink.js';
import { LoadFailure } from '../shell/LoadFailure.js';
import { isTaskMessageKey, useTaskText } from './taskMessages.js';
import { formatTime } from './TasksScreen.js';
import { useInboxNames } from './useInboxNames.js';
import './tasks.css';

type ListState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'ready'; readonly items: readonly NotificationView[]; readonly nextCursor: string | null };

/** Where a notification leads: its task when it names one (a new task), else its record. */
export function notificationHref(notification: NotificationView): string {
  return notification.taskId !== null && notification.kind === 'task' ? routePath({ page: 'task', taskId: notification.taskId }) : routePath({ page: 'record', recordId: notification.recordId });
}

/**
 * `/notifications`: the user's notifications, newest first, in pages — what happened, on which
 * form's record, whose flow, when — each a link to its task or record that marks it read as it
 * is opened, and "mark all read". The header's count follows (it is read on every navigation).
 */
export default function NotificationsScreen() {
  const { api } = useAppSession();
  const { locale, tt } = useTaskText();
  const names = useInboxNames(api);
  const [list, setList] = useState<ListState>({ status: 'loading' });
  const [round, setRound] = useState(0);
  const [notice, setNotice] = useState<{ readonly text: string; readonly warning: boolean } | null>(null);
  useEffect(() => {
    let current = true;
    api.notifications().then(
      (page) => current && setList({ status: 'ready', items: page.items, nextCursor: page.nextCursor }),
      (error: unknown) => current && setList({ status: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [api, round]);

  const loadMore = async (cursor: string): Promise<void> => {
    try {
      const page = await api.notifications(cursor);
      setList((last) => (last.status === 'ready' ? { status: 'ready', items: [...last.items, ...page.items], nextCursor: page.nextCursor } : last));
    } catch (error) {
      setList({ status: 'error', error });
    }
  };
  const markAllRead = async (): Promise<void> => {
    setNotice(null);
    try {
      await api.markNotificationsRead('all');
      setNotice({ text: tt('notificationsAllRead'), warning: false });
      window.dispatchEvent(new Event(tasksChangedEvent));
      setRound((r) => r + 1);
    } catch (error) {
      setNotice({ text: tt('notificationsReadFailed', { message: error instanceof Error ? error.message : String(error) }), warning: true });
    }
  };
  // Marked read before the page changes, so that the next page's header count already leaves it out.
  const open = async (event: MouseEvent<HTMLAnchorElement>, notification: NotificationView): Promise<void> => {
    if (notification.readAt !== null) return;
    const plain = event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
    if (!plain) {
      void api.markNotificationsRead([notification.id]).catch(() => undefined);
      return;
    }
    event.preventDefault();
    await api.markNotificationsRead([notification.id]).catch(() => undefined);
    navigate(notificationHref(notification));
  };

  const whatHappened = (notification: NotificationView): string => {
    if (notification.kind === 'finished') {
      const stateKey = `state_${notification.status ?? ''}`;
      return tt('notice_finished', { state: isTaskMessageKey(stateKey) ? tt(stateKey) : (notification.status ?? '') });
    }
    return tt(`notice_${notification.kind}`);
  };
  const unreadCount = list.status === 'ready' ? list.items.filter((item) => item.readAt === null).length : 0;
  return (
    <main className="app-page app-page--wide app-tasks">
      <h1>{tt('notificationsTitle')}</h1>
      {notice && (
        <p role={notice.warning ? 'alert' : 'status'} className={notice.warning ? 'app-error' : 'app-success'}>
          {notice.text}
        </p>
      )}
      {list.status === 'loading' && <p aria-busy="true">{tt('notificationsLoading')}</p>}
      {list.status === 'error' && <LoadFailure error={list.error} onRetry={() => setRound((r) => r + 1)} />}
      {list.status === 'ready' && (
        <>
          <div className="app-actions">
            <button type="button" className="fw-button" disabled={unreadCount === 0} onClick={() => void markAllRead()}>
              {tt('markAllRead')}
            </button>
          </div>
          {list.items.length === 0 ? (
            <p>{tt('notificationsEmpty')}</p>
          ) : (
            <ul className="app-tasks__list" aria-label={tt('notificationsTitle')}>
              {list.items.map((notification) => {
                const form = names.forms.get(notification.formId) ?? notification.formId;
                const initiator = notification.initiator === null ? null : (names.users.get(notification.initiator) ?? notification.initiator);
                const message = notification.message?.[locale];
                return (
                  <li key={notification.id} className="app-tasks__item app-notification" data-unread={notification.readAt === null}>
                    <div className="app-tasks__body">
                      <Link className="app-tasks__title" href={notificationHref(notification)} onClick={(event) => void open(event, notification)}>
                        {notification.readAt === null && <span className="app-notification__unread">{tt('unread')} </span>}
                        {whatHappened(notification)}
                        {' · '}
                        {`${form} · ${notification.recordId}`}
                      </Link>
                      {message !== undefined && message !== '' && <p className="app-notification__message">{message}</p>}
                      <dl className="app-tasks__facts">
                        {initiator !== null && (
                          <>
                            <dt>{tt('colInitiator')}</dt>
                            <dd>{initiator}</dd>
                          </>
                        )}
                        <dt>{tt('notificationAt')}</dt>
                        <dd>
                          <time dateTime={notification.createdAt}>{formatTime(notification.createdAt, locale)}</time>
                        </dd>
                      </dl>
                    </div>
                  </li>
                );
              })}
            </ul>
          )}
          {list.nextCursor !== null && (
            <button type="button" className="fw-button" onClick={() => void loadMore(list.nextCursor ?? '')}>
              {tt('loadMore')}
            </button>
          )}
        </>
      )}
    </main>
  );
}
