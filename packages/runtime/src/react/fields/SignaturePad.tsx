import { useEffect, useRef, useState, type PointerEvent } from 'react';
import type { FileField } from '../../engine/index.js';
import { formatMessage } from '../i18n/rendererMessages.js';
import { drawTypedSignature } from './drawTypedSignature.js';
import type { FieldControlProps } from './FieldControlProps.js';
import { isFileRef } from './isFileRef.js';

/**
 * A signature drawn with finger, pen or mouse (pointer events) on a canvas, or — for keyboard and
 * screen-reader users — typed as a name that is written onto the canvas in a handwriting-like
 * font. Either way it is saved as a PNG through `services.uploadFile`; the value is one FileRef.
 * A saved signature shows as an image that can be cleared to sign again.
 */
export function SignaturePad({ field, value, onChange, onBlur, inputId, labelId, describedBy, invalid, readOnly, locale, services }: FieldControlProps<FileField>) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const drawing = useRef(false);
  const [hasInk, setHasInk] = useState(false);
  const [mode, setMode] = useState<'draw' | 'type'>('draw');
  const [name, setName] = useState('');
  const [status, setStatus] = useState<'idle' | 'saving' | 'failed'>('idle');
  const saved = Array.isArray(value) ? value.find(isFileRef) : undefined;
  // Saving replaces the pad (and the focused Save button) with the signature: focus goes to the
  // "Clear signature" button that takes their place, not to <body>.
  const justSaved = useRef(false);
  const clearButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (saved === undefined || !justSaved.current) return;
    justSaved.current = false;
    clearButton.current?.focus();
  }, [saved]);
  const upload = services.uploadFile;
  const typing = mode === 'type';
  const instructionsId = `${inputId}-instructions`;
  const nameId = `${inputId}-name`;

  // The typed name is previewed on the canvas as it is typed, and again when the pad comes back
  // after a saved signature was cleared: what is saved is exactly what was shown.
  const padShown = saved === undefined;
  useEffect(() => {
    if (!typing || !padShown) return;
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (element && context) drawTypedSignature(context, element.width, element.height, name);
  }, [typing, padShown, name]);
  useEffect(() => {
    if (typing) nameInput.current?.focus();
  }, [typing]);

  const point = (event: PointerEvent<HTMLCanvasElement>): [number, number] => {
    const rect = event.currentTarget.getBoundingClientRect();
    const scaleX = rect.width > 0 ? event.currentTarget.width / rect.width : 1;
    const scaleY = rect.height > 0 ? event.currentTarget.height / rect.height : 1;
    return [(event.clientX - rect.left) * scaleX, (event.clientY - rect.top) * scaleY];
  };
  const wipe = (): void => {
    const context = canvas.current?.getContext('2d');
    if (context && canvas.current) context.clearRect(0, 0, canvas.current.width, canvas.current.height);
    setHasInk(false);
    setStatus('idle');
  };
  const clear = (): void => {
    wipe();
    setName('');
    if (typing) nameInput.current?.focus();
  };
  const switchMode = (): void => {
    wipe();
    setMode(typing ? 'draw' : 'type');
  };
  const canClear = typing ? name !== '' : hasInk;
  const ready = (typing ? name.trim() !== '' : hasInk) && upload !== undefined && status !== 'saving';
  const save = (): void => {
    const element = canvas.current;
    if (!element || !upload || !ready) return;
    if (typing) {
      const context = element.getContext('2d');
      if (!context) {
        setStatus('failed');
        return;
      }
      drawTypedSignature(context, element.width, element.height, name);
    }
    setStatus('saving');
    element.toBlob((blob) => {
      if (!blob) {
        setStatus('failed');
        return;
      }
      upload(blob, `${field.id}-signature.png`, { fieldId: field.id }).then(
        (ref) => {
          setStatus('idle');
          justSaved.current = true;
          onChange([ref]);
        },
        () => setStatus('failed'),
      );
    }, 'image/png');
  };

  if (saved) {
    return (
      <div className="fw-signature">
        {services.fileUrl ? <img className="fw-signature__image" src={services.fileUrl(saved)} alt={formatMessage(locale, 'signatureSaved')} /> : <p>{formatMessage(locale, 'signatureSaved')}</p>}
        {!readOnly && (
          // Named by its action: a <label for> would otherwise name this button after the field.
          <button ref={clearButton} id={inputId} type="button" className="fw-button" aria-label={formatMessage(locale, 'clearSignature')} aria-describedby={describedBy} onClick={() => onChange(undefined)} onBlur={onBlur}>
            {formatMessage(locale, 'clearSignature')}
          </button>
        )}
      </div>
    );
  }
  const disabledClass = (disabled: boolean): string => (disabled ? ' is-disabled' : '');
  return (
    <div className="fw-signature">
      <canvas
        id={inputId}
        ref={canvas}
        className="fw-signature__canvas"
        width={600}
        height={200}
        role="img"
        // Focusable while drawing is the way in, so that the label and instructions are heard.
        tabIndex={readOnly || typing ? -1 : 0}
        aria-labelledby={labelId}
        aria-describedby={[instructionsId, describedBy].filter(Boolean).join(' ')}
        aria-invalid={invalid || undefined}
        onPointerDown={(event) => {
          if (readOnly || typing) return;
          const context = event.currentTarget.getContext('2d');
          if (!context) return;
          event.currentTarget.setPointerCapture?.(event.pointerId);
          drawing.current = true;
          const [x, y] = point(event);
          context.lineWidth = 3;
          context.lineCap = 'round';
          context.strokeStyle = '#1f2329';
          context.beginPath();
          context.moveTo(x, y);
        }}
        onPointerMove={(event) => {
          if (!drawing.current) return;
          const context = event.currentTarget.getContext('2d');
          if (!context) return;
          const [x, y] = point(event);
          context.lineTo(x, y);
          context.stroke();
          setHasInk(true);
        }}
        onPointerUp={() => {
          drawing.current = false;
        }}
        onBlur={onBlur}
      />
      <p id={instructionsId} className="fw-hint">
        {formatMessage(locale, readOnly ? 'signHere' : 'signInstructions')}
      </p>
      {!readOnly && typing && (
        <div className="fw-signature__typed">
          <label className="fw-sublabel" htmlFor={nameId}>
            {formatMessage(locale, 'typedSignatureName')}
          </label>
          <input
            id={nameId}
            ref={nameInput}
            className="fw-input"
            type="text"
            autoComplete="name"
            value={name}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            onChange={(event) => {
              setName(event.target.value);
              setStatus('idle');
            }}
            onKeyDown={(event) => {
              // Enter confirms the signature here; it must not submit the whole form.
              if (event.key !== 'Enter') return;
              event.preventDefault();
              save();
            }}
            onBlur={onBlur}
          />
        </div>
      )}
      {!readOnly && (
        // aria-disabled rather than disabled: the buttons stay in the tab order, so a keyboard user
        // finds them (and hears that they are not yet available) before there is anything to save.
        <div className="fw-signature__actions">
          <button type="button" className="fw-button" onClick={switchMode}>
            {formatMessage(locale, typing ? 'drawSignature' : 'typeSignature')}
          </button>
          <button type="button" className={`fw-button${disabledClass(!canClear)}`} aria-disabled={!canClear || undefined} onClick={() => canClear && clear()}>
            {formatMessage(locale, 'clear')}
          </button>
          <button type="button" className={`fw-button fw-button--primary${disabledClass(!ready)}`} aria-disabled={!ready || undefined} onClick={save}>
            {formatMessage(locale, 'saveSignature')}
          </button>
        </div>
      )}
      {status === 'failed' && (
        <p className="fw-hint fw-hint--error" role="alert">
          {formatMessage(locale, 'uploadFailed', { name: formatMessage(locale, 'signHere') })}
        </p>
      )}
    </div>
  );
}
