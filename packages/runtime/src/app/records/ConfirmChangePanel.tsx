import { useEffect, useId } from 'react';
import { useLocale } from '../i18n/LocaleContext.js';
import { ChangeReasonField } from './ChangeReasonField.js';
import type { ChangeReason } from './useChangeReason.js';

/**
 * An inline confirmation of a delete or a restore: the question, the reason for the change
 * (required or optional per the form) and confirm / cancel. Not modal: it sits in the page, takes
 * focus on opening, and Escape cancels. The host returns focus to the button that opened it.
 */
export function ConfirmChangePanel({
  title,
  question,
  confirmLabel,
  danger,
  busy,
  reason,
  onConfirm,
  onCancel,
}: {
  readonly title: string;
  readonly question: string;
  readonly confirmLabel: string;
  readonly danger: boolean;
  readonly busy: boolean;
  readonly reason: ChangeReason;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}) {
  const { t } = useLocale();
  const id = useId();
  const textareaRef = reason.textareaRef;
  useEffect(() => textareaRef.current?.focus(), [textareaRef]);
  return (
    <section
      className="app-confirm"
      aria-labelledby={`${id}-title`}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !busy) onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-question`}>{question}</p>
      <ChangeReasonField
        id={`${id}-reason`}
        value={reason.value}
        required={reason.required}
        error={reason.error}
        textareaRef={textareaRef}
        describedBy={`${id}-question`}
        onChange={reason.change}
      />
      <div className="app-actions">
        <button
          type="button"
          className={`fw-button ${danger ? 'fw-button--danger' : 'fw-button--primary'}`}
          aria-disabled={busy || undefined}
          onClick={() => busy || onConfirm()}
        >
          {confirmLabel}
        </button>
        <button type="button" className="fw-button" aria-disabled={busy || undefined} onClick={() => busy || onCancel()}>
          {t('cancel')}
        </button>
      </div>
    </section>
  );
}
