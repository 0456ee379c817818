import { useEffect, useRef } from 'react';
import type { RichTextField } from '../../engine/index.js';
import { formatMessage } from '../i18n/rendererMessages.js';
import type { FieldControlProps } from './FieldControlProps.js';
import { sanitizeRichText } from './sanitizeRichText.js';

/**
 * Rich text in a contentEditable box with a small toolbar. The stored HTML is sanitised when it
 * is produced and again every time it is shown: a record may have been written by anyone.
 */
export function RichTextInput({ value, onChange, onBlur, inputId, labelId, describedBy, invalid, required, readOnly, locale }: FieldControlProps<RichTextField>) {
  const box = useRef<HTMLDivElement>(null);
  const emitted = useRef<string | null>(null);
  const html = typeof value === 'string' ? value : '';

  useEffect(() => {
    // Only an outside change (draft restore, another row copied) rewrites the box; rewriting
    // after the user's own keystroke would move the caret.
    if (box.current && html !== emitted.current) {
      box.current.innerHTML = sanitizeRichText(html);
      emitted.current = html;
    }
  }, [html]);

  const emit = (): void => {
    if (!box.current) return;
    const clean = sanitizeRichText(box.current.innerHTML);
    const next = box.current.textContent?.trim() === '' && !/<img/i.test(clean) ? '' : clean;
    emitted.current = next;
    onChange(next === '' ? undefined : next);
  };
  const command = (name: 'bold' | 'italic' | 'insertUnorderedList'): void => {
    box.current?.focus();
    // execCommand is deprecated but remains the only editing primitive every browser ships.
    document.execCommand(name);
    emit();
  };

  return (
    <div className={`fw-richtext${invalid ? ' is-invalid' : ''}`}>
      {!readOnly && (
        <div className="fw-richtext__toolbar" role="toolbar" aria-label={formatMessage(locale, 'formatting')}>
          <button type="button" className="fw-icon-button" aria-label={formatMessage(locale, 'bold')} onMouseDown={(e) => e.preventDefault()} onClick={() => command('bold')}>
            <b aria-hidden="true">B</b>
          </button>
          <button type="button" className="fw-icon-button" aria-label={formatMessage(locale, 'italic')} onMouseDown={(e) => e.preventDefault()} onClick={() => command('italic')}>
            <i aria-hidden="true">I</i>
          </button>
          <button type="button" className="fw-icon-button" aria-label={formatMessage(locale, 'bulletList')} onMouseDown={(e) => e.preventDefault()} onClick={() => command('insertUnorderedList')}>
            <span aria-hidden="true">•</span>
          </button>
        </div>
      )}
      <div
        id={inputId}
        ref={box}
        className="fw-input fw-richtext__box"
        role="textbox"
        aria-multiline="true"
        aria-labelledby={labelId}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        aria-required={required || undefined}
        aria-readonly={readOnly || undefined}
        contentEditable={!readOnly}
        suppressContentEditableWarning
        tabIndex={0}
        onInput={emit}
        onBlur={onBlur}
      />
    </div>
  );
}
