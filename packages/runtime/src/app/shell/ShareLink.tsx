import { useId, useState } from 'react';
import { useLocale } from '../i18n/LocaleContext.js';

/** A form's address to send to colleagues (or, labelled so, one's own public link), with a copy button. */
export function ShareLink({ url, label }: { readonly url: string; readonly label?: string }) {
  const { t } = useLocale();
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div className="app-share">
      <label htmlFor={id} className="app-muted">
        {label ?? t('shareLink')}
      </label>
      <input id={id} className="fw-input app-share__url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
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
