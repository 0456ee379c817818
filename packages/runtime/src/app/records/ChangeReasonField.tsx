import type { RefObject } from 'react';
import { useLocale } from '../i18n/LocaleContext.js';

/** The server's limit on a reason, after trimming. */
export const changeReasonMaxLength = 500;

/**
 * Why a stored record is being changed: a labelled textarea, marked required (`aria-required`)
 * when the form's `settings.changeReason` is `required`, else labelled as optional. Its error is
 * tied to it with `aria-describedby` and `aria-invalid`; the host moves focus to it.
 */
export function ChangeReasonField({
  id,
  value,
  required,
  error,
  textareaRef,
  describedBy,
  onChange,
}: {
  readonly id: string;
  readonly value: string;
  readonly required: boolean;
  readonly error: string | null;
  readonly textareaRef: RefObject<HTMLTextAreaElement | null>;
  /** Other text that explains the change (a confirmation's question). */
  readonly describedBy?: string;
  readonly onChange: (value: string) => void;
}) {
  const { t } = useLocale();
  const errorId = `${id}-error`;
  const description = [describedBy, error === null ? undefined : errorId].filter(Boolean).join(' ');
  return (
    <div className={`fw-field app-reason${error === null ? '' : ' is-invalid'}`}>
      <label className="fw-field__label" htmlFor={id}>
        {required ? t('changeReason') : t('changeReasonOptional')}
        {required && (
          <span className="fw-required" aria-hidden="true">
            *
          </span>
        )}
      </label>
      <textarea
        id={id}
        ref={textareaRef}
        className="fw-input fw-textarea"
        rows={2}
        maxLength={changeReasonMaxLength}
        value={value}
        aria-required={required || undefined}
        aria-invalid={error === null ? undefined : true}
        aria-describedby={description === '' ? undefined : description}
        onChange={(event) => onChange(event.target.value)}
      />
      {error !== null && (
        <p id={errorId} className="fw-field__error">
          {error}
        </p>
      )}
    </div>
  );
}
