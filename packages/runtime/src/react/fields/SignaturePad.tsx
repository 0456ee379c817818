import { useRef, useState, type PointerEvent } from 'react';
import type { FileField } from '../../engine/index.js';
import { formatMessage } from '../i18n/rendererMessages.js';
import type { FieldControlProps } from './FieldControlProps.js';
import { isFileRef } from './isFileRef.js';

/**
 * A signature drawn with finger, pen or mouse (pointer events) on a canvas, saved as a PNG through
 * `services.uploadFile`; the value is one FileRef. A saved signature shows as an image that can
 * be cleared to sign again.
 */
export function SignaturePad({ field, value, onChange, onBlur, inputId, labelId, describedBy, invalid, readOnly, locale, services }: FieldControlProps<FileField>) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const [hasInk, setHasInk] = useState(false);
  const [status, setStatus] = useState<'idle' | 'saving' | 'failed'>('idle');
  const saved = Array.isArray(value) ? value.find(isFileRef) : undefined;
  const upload = services.uploadFile;

  const point = (event: PointerEvent<HTMLCanvasElement>): [number, number] => {
    const rect = event.currentTarget.getBoundingClientRect();
    const scaleX = rect.width > 0 ? event.currentTarget.width / rect.width : 1;
    const scaleY = rect.height > 0 ? event.currentTarget.height / rect.height : 1;
    return [(event.clientX - rect.left) * scaleX, (event.clientY - rect.top) * scaleY];
  };
  const clear = (): void => {
    const context = canvas.current?.getContext('2d');
    if (context && canvas.current) context.clearRect(0, 0, canvas.current.width, canvas.current.height);
    setHasInk(false);
    setStatus('idle');
  };
  const save = (): void => {
    const element = canvas.current;
    if (!element || !upload) return;
    setStatus('saving');
    element.toBlob((blob) => {
      if (!blob) {
        setStatus('failed');
        return;
      }
      upload(blob, `${field.id}-signature.png`, { fieldId: field.id }).then(
        (ref) => {
          setStatus('idle');
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
          <button id={inputId} type="button" className="fw-button" aria-label={formatMessage(locale, 'clearSignature')} aria-describedby={describedBy} onClick={() => onChange(undefined)} onBlur={onBlur}>
            {formatMessage(locale, 'clearSignature')}
          </button>
        )}
      </div>
    );
  }
  return (
    <div className="fw-signature">
      <canvas
        id={inputId}
        ref={canvas}
        className="fw-signature__canvas"
        width={600}
        height={200}
        role="img"
        tabIndex={readOnly ? -1 : 0}
        aria-labelledby={labelId}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        onPointerDown={(event) => {
          if (readOnly) return;
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
      <p className="fw-hint" aria-hidden="true">
        {formatMessage(locale, 'signHere')}
      </p>
      {!readOnly && (
        <div className="fw-signature__actions">
          <button type="button" className="fw-button" disabled={!hasInk} onClick={clear}>
            {formatMessage(locale, 'clear')}
          </button>
          <button type="button" className="fw-button fw-button--primary" disabled={!hasInk || !upload || status === 'saving'} onClick={save}>
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
