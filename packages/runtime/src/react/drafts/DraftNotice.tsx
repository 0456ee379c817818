import type { Locale } from '../../engine/index.js';
import { formatMessage } from '../i18n/rendererMessages.js';

/** Tells the user that unsent values came back, with a way to start over instead. */
export function DraftNotice({ locale, onDiscard }: { readonly locale: Locale; readonly onDiscard: () => void }) {
  return (
    <div className="fw-notice" role="status">
      <span>{formatMessage(locale, 'draftRestored')}</span>
      <button type="button" className="fw-link-button" onClick={onDiscard}>
        {formatMessage(locale, 'discardDraft')}
      </button>
    </div>
  );
}
