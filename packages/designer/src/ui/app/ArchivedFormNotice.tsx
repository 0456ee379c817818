import { useEffect, useRef } from 'react';
import { appMessages as m } from '../../i18n/appMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import type { FormArchive } from './useFormArchive.js';

/**
 * Says that the open form is archived, with a Restore button; once restored, says so and takes
 * the focus the vanished button held. Nothing while the form is in use.
 */
export function ArchivedFormNotice({ archive }: { readonly archive: FormArchive }) {
  const { t } = useLocale();
  const restoredNote = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (archive.restored) restoredNote.current?.focus();
  }, [archive.restored]);
  if (archive.archived) {
    // Not a live region: it is there from the start, with the rest of the editor.
    return (
      <div className="fw-notice">
        <span>
          <strong>{t(m.formArchived)}</strong> {t(m.formArchivedHint)}
        </span>
        {archive.error ? <span role="alert">{t(m.requestFailed, { message: archive.error })}</span> : null}
        <button type="button" className="fw-btn-small" aria-disabled={archive.busy || undefined} onClick={() => void archive.restore()}>
          {t(m.restore)}
        </button>
      </div>
    );
  }
  if (archive.restored) {
    return (
      <div ref={restoredNote} role="status" className="fw-notice" tabIndex={-1}>
        <span>{t(m.formRestored)}</span>
      </div>
    );
  }
  return null;
}
