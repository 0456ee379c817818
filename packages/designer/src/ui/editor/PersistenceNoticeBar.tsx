import { persistenceMessages as m } from '../../i18n/persistenceMessages.js';
import { editorMessages } from '../../i18n/editorMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import type { FormPersistence } from '../../persistence/useFormPersistence.js';

/** What saving, publishing or restoring has to say, with the choices a stale draft needs. */
export function PersistenceNoticeBar({ persistence }: { readonly persistence: FormPersistence }) {
  const { t, locale } = useLocale();
  const notice = persistence.notice;
  if (!notice) return null;
  const dismiss = (
    <button type="button" className="fw-btn-text fw-btn-small" onClick={persistence.dismissNotice}>
      {t(editorMessages.dismiss)}
    </button>
  );
  switch (notice.kind) {
    case 'info':
      return (
        <div role="status" className="fw-notice">
          <span>{t(notice.text)}</span>
          {dismiss}
        </div>
      );
    case 'error':
      return (
        <div role="alert" className="fw-notice fw-error">
          <span>{t(notice.text)}</span>
          {notice.details ? (
            <ul>
              {notice.details.map((detail, index) => (
                <li key={index}>{t(detail)}</li>
              ))}
            </ul>
          ) : null}
          {dismiss}
        </div>
      );
    case 'stale':
      return (
        <div role="alert" className="fw-notice fw-error">
          <span>{t(m.stale)}</span>
          <button type="button" className="fw-btn-primary fw-btn-small" onClick={() => void persistence.reload()}>
            {t(m.reload)}
          </button>
          <button type="button" className="fw-btn-danger fw-btn-small" onClick={() => void persistence.overwrite()}>
            {t(m.overwrite)}
          </button>
        </div>
      );
    case 'restored':
      return (
        <div role="status" className="fw-notice">
          <span>{t(m.restored, { time: new Date(notice.savedAt).toLocaleString(locale) })}</span>
          <button type="button" className="fw-btn-small" onClick={() => void persistence.discardRestored()}>
            {t(m.discardRestored)}
          </button>
          {dismiss}
        </div>
      );
  }
}
