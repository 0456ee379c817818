import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { persistenceMessages } from '../../i18n/persistenceMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { useFieldId } from '../properties/useFieldId.js';

// What Tab may land on inside the dialog.
const focusable = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Keeps Tab inside the dialog: from the last control it goes to the first, and Shift+Tab from
 * the first (or the dialog itself) to the last, as a modal promises.
 */
function trapTab(event: KeyboardEvent<HTMLDivElement>): void {
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>(focusable)];
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || active === event.currentTarget)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * A modal panel named by its title; Escape or the close button closes it. Focus moves inside,
 * stays inside while Tab is pressed, and goes back where it was when the dialog closes.
 */
export function Dialog({ title, onClose, children, wide }: { readonly title: string; readonly onClose: () => void; readonly children: ReactNode; readonly wide?: boolean }) {
  const { t } = useLocale();
  const titleId = useFieldId();
  const ref = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    ref.current?.focus();
    // The Tab trap cannot see every way out (a last control that is hidden, a click on the
    // backdrop, a control that moves focus itself): whatever leaves the dialog comes back to it,
    // to its first control when focus went forward past it, to its last when it went back.
    const keepInside = (event: FocusEvent): void => {
      const dialog = ref.current;
      const target = event.target;
      if (!dialog || !(target instanceof Node) || dialog.contains(target)) return;
      const controls = [...dialog.querySelectorAll<HTMLElement>(focusable)];
      const after = (dialog.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      (after ? controls[0] : controls[controls.length - 1])?.focus();
      if (!dialog.contains(document.activeElement)) dialog.focus();
    };
    document.addEventListener('focusin', keepInside);
    return () => {
      document.removeEventListener('focusin', keepInside);
      previous?.focus();
    };
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
          } else if (event.key === 'Tab') trapTab(event);
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
