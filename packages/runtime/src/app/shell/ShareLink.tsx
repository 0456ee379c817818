import { useState } from 'react';
import { useLocale } from '../i18n/LocaleContext.js';

/** A form's address to send to colleagues, with a copy button. */
export function ShareLink({ url }: { readonly url: string }) {
  const { t } = useLocale();
  const [copied, setCopied] = useState(false);
  return (
    <div className="app-share">
      <label htmlFor="share-link" className="app-muted">
        {t('shareLink')}
      </label>
      <input id="share-link" className="fw-input app-share__url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
      <button
        type="button"
        className="fw-button"
        onClick={() => {
          void navigator.clipboard?.writeText(url).then(() => setCopied(true), () => undefined);
        }}
      >
        {t('copyLink')}
      </button>
      <span role="status" className="app-muted">
        {copied ? t('linkCopied') : ''}
      </span>
    </div>
  );
}
