import { useEffect, useState } from 'react';
import { useFieldId } from './useFieldId.js';

export interface TextSettingProps {
  readonly label: string;
  readonly value: string | undefined;
  /** Called with the typed text when the input is left or Enter is pressed; `''` means cleared. */
  readonly onCommit: (value: string) => void;
  readonly multiline?: boolean;
  readonly placeholder?: string;
  readonly type?: 'text' | 'date' | 'datetime-local' | 'color';
  readonly hint?: string;
}

/**
 * A labelled text input that commits on blur or Enter, so typing a label is one undo step, not
 * one per key.
 */
export function TextSetting({ label, value, onCommit, multiline, placeholder, type = 'text', hint }: TextSettingProps) {
  const id = useFieldId();
  const [draft, setDraft] = useState(value ?? '');
  useEffect(() => setDraft(value ?? ''), [value]);
  const commit = (): void => {
    if (draft !== (value ?? '')) onCommit(draft);
  };
  const common = {
    id,
    value: draft,
    placeholder,
    onBlur: commit,
    'aria-describedby': hint ? `${id}-hint` : undefined,
  };
  return (
    <div className="fw-setting">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => setDraft(event.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          onChange={(event) => {
            setDraft(event.target.value);
            // Pickers (colour, date) have no typing phase: their change is the decision.
            if (type !== 'text' && event.target.value !== (value ?? '')) onCommit(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
          }}
        />
      )}
      {hint ? (
        <small id={`${id}-hint`} className="fw-hint">
          {hint}
        </small>
      ) : null}
    </div>
  );
}
