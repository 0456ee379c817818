import { useEffect, useRef, type ReactNode } from 'react';
import { persistenceMessages } from '../../i18n/persistenceMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { useFieldId } from '../properties/useFieldId.js';

/** A modal panel named by its title; Escape or the close button closes it, focus moves inside. */
export function Dialog({ title, onClose, children, wide }: { readonly title: string; readonly onClose: () => void; readonly children: ReactNode; readonly wide?: boolean }) {
  const { t } = useLocale();
  const titleId = useFieldId();
  const ref = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    ref.current?.focus();
    return () => previous?.focus();
  }, []);
  return (
    <div className="fw-backdrop">
      <div
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        className={`fw-dialog${wide ? ' fw-dialog-wide' : ''}`}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onClose();
          }
        }}
      >
        <header>
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="fw-btn-text" onClick={onClose}>
            {t(persistenceMessages.close)}
          </button>
        </header>
        {children}
      </div>
    </div>
  );
}
