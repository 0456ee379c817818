import { useEffect, useId, useRef } from 'react';
import { appMessages as m } from '../../i18n/appMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';

export interface ArchiveFormPanelProps {
  readonly title: string;
  /** The archive request is out: both buttons wait for it. */
  readonly busy: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/**
 * The inline question before a form is archived. Not modal: it sits under the form's row, takes
 * focus when it opens (so that the question is read first), and Escape cancels. The host puts
 * focus back where it belongs once the panel closes.
 */
export function ArchiveFormPanel({ title, busy, onConfirm, onCancel }: ArchiveFormPanelProps) {
  const { t } = useLocale();
  const id = useId();
  const panel = useRef<HTMLElement>(null);
  useEffect(() => panel.current?.focus(), []);
  return (
    <section
      ref={panel}
      className="fw-confirm"
      tabIndex={-1}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-question`}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !busy) onCancel();
      }}
    >
      <h3 id={`${id}-title`}>{t(m.archiveTitle, { title })}</h3>
      <p id={`${id}-question`}>{t(m.archiveQuestion)}</p>
      <div className="fw-confirm-actions">
        {/* aria-disabled, not disabled: a disabled button would drop the focus it holds. */}
        <button type="button" className="fw-btn-danger" aria-disabled={busy || undefined} onClick={() => busy || onConfirm()}>
          {busy ? t(m.archiving) : t(m.archive)}
        </button>
        <button type="button" aria-disabled={busy || undefined} onClick={() => busy || onCancel()}>
          {t(m.cancel)}
        </button>
      </div>
    </section>
  );
}
