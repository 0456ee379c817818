import type { Locale } from '../../engine/index.js';
import { formatMessage } from '../i18n/rendererMessages.js';
import type { FormSubmit } from '../submit/useFormSubmit.js';

/**
 * The submit button and what happened to the last attempt. The button stays a submit button
 * while a request is out (so a double click lands on the in-flight guard, not a second request).
 */
export function FormFooter({ locale, submit, submitLabel }: { readonly locale: Locale; readonly submit: FormSubmit; readonly submitLabel: string }) {
  const { status, message, errorCount } = submit;
  const busy = status === 'submitting';
  const retry = status === 'failed';
  const label = busy ? formatMessage(locale, 'submitting') : retry ? formatMessage(locale, 'retry') : submitLabel || formatMessage(locale, 'submit');
  return (
    <div className="fw-footer">
      <div className="fw-footer__status" aria-live="polite">
        {status === 'invalid' && <p className="fw-footer__error">{formatMessage(locale, 'fixErrors', { n: errorCount })}</p>}
        {status === 'rejected' && message && (
          <p className="fw-footer__error" role="alert">
            {message}
          </p>
        )}
        {status === 'failed' && (
          <p className="fw-footer__error" role="alert">
            {message ? `${message} ` : ''}
            {formatMessage(locale, 'submitFailed')}
          </p>
        )}
        {status === 'done' && <p className="fw-footer__done">{formatMessage(locale, 'submitted')}</p>}
      </div>
      <button type="submit" className="fw-button fw-button--primary fw-footer__submit" aria-disabled={busy || undefined}>
        {label}
      </button>
    </div>
  );
}
