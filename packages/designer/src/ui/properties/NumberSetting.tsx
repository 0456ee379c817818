import { useEffect, useState } from 'react';
import { useFieldId } from './useFieldId.js';

export interface NumberSettingProps {
  readonly label: string;
  readonly value: number | undefined;
  /** Called with the number, or `undefined` when the input was emptied. */
  readonly onCommit: (value: number | undefined) => void;
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
}

/** A labelled number input that commits on blur or Enter; text that is not a number is ignored. */
export function NumberSetting({ label, value, onCommit, min, max, step }: NumberSettingProps) {
  const id = useFieldId();
  const [draft, setDraft] = useState(value === undefined ? '' : String(value));
  useEffect(() => setDraft(value === undefined ? '' : String(value)), [value]);
  const commit = (): void => {
    const trimmed = draft.trim();
    const next = trimmed === '' ? undefined : Number(trimmed);
    if (next !== undefined && !Number.isFinite(next)) return setDraft(value === undefined ? '' : String(value));
    if (next !== value) onCommit(next);
  };
  return (
    <div className="fw-setting">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        value={draft}
        min={min}
        max={max}
        step={step}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
    </div>
  );
}
