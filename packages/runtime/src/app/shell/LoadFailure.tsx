import { ApiError } from '../api/ApiError.js';
import { useLocale } from '../i18n/LocaleContext.js';
import { Link } from '../routing/Link.js';

/** What a page shows when its data could not be had: not found (404/403) or a retry. */
export function LoadFailure({ error, onRetry }: { readonly error: unknown; readonly onRetry?: () => void }) {
  const { t } = useLocale();
  if (error instanceof ApiError && (error.status === 404 || error.status === 403)) {
    return (
      <div className="app-empty" role="alert">
        <p>{t('notFound')}</p>
        <Link href="/">{t('backHome')}</Link>
      </div>
    );
  }
  return (
    <div className="app-empty" role="alert">
      <p>{error instanceof ApiError && error.message ? error.message : t('serverDown')}</p>
      {onRetry && (
        <button type="button" className="fw-button" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}
