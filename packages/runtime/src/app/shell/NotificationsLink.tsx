import { useLocale } from '../i18n/LocaleContext.js';
import { Link } from '../routing/Link.js';

/**
 * A bell with the unread count, small enough for the 360 px header's second row. Its name says
 * it all ("通知，3 条未读"); the visible number is part of that name.
 */
export function NotificationsLink({ unread }: { readonly unread: number | null }) {
  const { t } = useLocale();
  const name = unread === null ? t('navNotifications') : t('navNotificationsUnread', { n: unread });
  return (
    <Link href="/notifications" className="app-header__notifications" aria-label={name} title={name}>
      <svg aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 16 16">
        <path d="M8 1.5a4.5 4.5 0 0 0-4.5 4.5v3L2 11.5h12L12.5 9V6A4.5 4.5 0 0 0 8 1.5ZM6.2 13a1.8 1.8 0 0 0 3.6 0Z" fill="currentColor" />
      </svg>
      {unread !== null && unread > 0 && (
        <span className="app-header__badge" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </Link>
  );
}
