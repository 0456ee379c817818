import { useRef, useState } from 'react';
import type { FileField, FileRef } from '../../engine/index.js';
import { formatMessage } from '../i18n/rendererMessages.js';
import type { FieldControlProps } from './FieldControlProps.js';
import { isFileRef } from './isFileRef.js';

interface PendingUpload {
  readonly key: number;
  readonly name: string;
  readonly progress: number;
  readonly failed: boolean;
  /** Why the upload failed, when the service said (e.g. the server's "file too large"). */
  readonly reason?: string;
}

/**
 * Image and attachment upload through `services.uploadFile`, each file with its own progress bar;
 * the value gains a FileRef as each upload finishes. Size and count limits are checked before
 * sending so that a phone does not upload 20 MB to be told no.
 */
export function FileUpload({ field, value, onChange, onBlur, inputId, describedBy, invalid, readOnly, locale, services }: FieldControlProps<FileField>) {
  const files = Array.isArray(value) ? value.filter(isFileRef) : [];
  const latest = useRef(files);
  latest.current = files;
  const [pending, setPending] = useState<readonly PendingUpload[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const nextKey = useRef(0);
  const upload = services.uploadFile;
  const isImage = field.type === 'image';
  const maxFiles = field.maxFiles ?? (field.type === 'signature' ? 1 : undefined);
  const accept = field.accept?.join(',') ?? (isImage ? 'image/*' : undefined);

  const start = (chosen: readonly File[]): void => {
    if (!upload) return;
    setNotice(null);
    const room = maxFiles === undefined ? chosen.length : Math.max(0, maxFiles - files.length - pending.filter((p) => !p.failed).length);
    if (room < chosen.length) setNotice(formatMessage(locale, 'tooManyFiles', { n: maxFiles ?? 0 }));
    for (const file of chosen.slice(0, room)) {
      if (field.maxSizeMB !== undefined && file.size > field.maxSizeMB * 1024 * 1024) {
        setNotice(formatMessage(locale, 'fileTooLarge', { name: file.name, n: field.maxSizeMB }));
        continue;
      }
      const key = nextKey.current++;
      const update = (change: Partial<PendingUpload>): void => setPending((all) => all.map((p) => (p.key === key ? { ...p, ...change } : p)));
      setPending((all) => [...all, { key, name: file.name, progress: 0, failed: false }]);
      upload(file, file.name, { fieldId: field.id, onProgress: (progress) => update({ progress }) }).then(
        (ref: FileRef) => {
          setPending((all) => all.filter((p) => p.key !== key));
          onChange([...latest.current, ref]);
        },
        (error: unknown) => update(error instanceof Error && error.message !== '' ? { failed: true, reason: error.message } : { failed: true }),
      );
    }
  };

  return (
    <div className="fw-files">
      {!readOnly && (
        <div className="fw-files__pick">
          {/* The native control's text follows the browser's language, not the form's: it is
              hidden, and a label styled as a button opens it. */}
          <input
            id={inputId}
            className="fw-files__input fw-visually-hidden"
            type="file"
            accept={accept}
            multiple={maxFiles !== 1}
            disabled={!upload}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            onChange={(event) => {
              start(Array.from(event.target.files ?? []));
              event.target.value = '';
            }}
            onBlur={onBlur}
          />
          <label htmlFor={inputId} className={`fw-button${upload ? '' : ' is-disabled'}`} aria-hidden="true">
            {formatMessage(locale, isImage ? 'chooseImages' : 'chooseFiles')}
          </label>
          {!upload && <p className="fw-hint">{formatMessage(locale, 'uploadUnavailable')}</p>}
        </div>
      )}
      {(files.length > 0 || pending.length > 0) && (
        <ul className={`fw-files__list${isImage ? ' fw-files__list--images' : ''}`}>
          {files.map((file) => (
            <li key={file.fileId} className="fw-file">
              {isImage && services.fileUrl ? (
                <img className="fw-file__thumb" src={services.fileUrl(file)} alt={file.name} />
              ) : services.fileUrl ? (
                <a href={services.fileUrl(file)} target="_blank" rel="noreferrer">
                  {file.name}
                </a>
              ) : (
                <span>{file.name}</span>
              )}
              {!readOnly && (
                <button
                  type="button"
                  className="fw-icon-button"
                  aria-label={formatMessage(locale, 'removeItem', { name: file.name })}
                  onClick={() => onChange(files.length === 1 ? undefined : files.filter((f) => f.fileId !== file.fileId))}
                >
                  ×
                </button>
              )}
            </li>
          ))}
          {pending.map((p) => (
            <li key={`pending-${p.key}`} className="fw-file fw-file--pending">
              {p.failed ? (
                <span role="alert">
                  {formatMessage(locale, 'uploadFailed', { name: p.name })}
                  {p.reason !== undefined ? `: ${p.reason}` : ''}
                </span>
              ) : (
                <>
                  <span>{p.name}</span>
                  <progress max={1} value={p.progress} aria-label={formatMessage(locale, 'uploading', { name: p.name })} />
                </>
              )}
              {p.failed && (
                <button
                  type="button"
                  className="fw-icon-button"
                  aria-label={formatMessage(locale, 'removeItem', { name: p.name })}
                  onClick={() => setPending((all) => all.filter((q) => q.key !== p.key))}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {notice !== null && (
        <p className="fw-hint fw-hint--error" role="status">
          {notice}
        </p>
      )}
    </div>
  );
}
