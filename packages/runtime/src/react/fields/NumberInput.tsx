import { useState } from 'react';
import type { NumberField } from '../../engine/index.js';
import type { FieldControlProps } from './FieldControlProps.js';
import { currencySymbol } from './currencySymbol.js';

/**
 * A number or an amount of money. The text box keeps what the user typed (`1.`, `-`) while the
 * stored value is the parsed number; text that is not a number is passed on as typed, so that the
 * engine reports it as a type error instead of the renderer silently dropping it. Precision is
 * applied on blur, not while typing.
 */
export function NumberInput({ field, value, onChange, onBlur, inputId, describedBy, invalid, required, readOnly, locale }: FieldControlProps<NumberField>) {
  const [draft, setDraft] = useState<{ text: string; forValue: unknown } | null>(null);
  const text = draft !== null && Object.is(draft.forValue, value) ? draft.text : formatStored(value, field.precision);
  const prefix = field.type === 'money' ? currencySymbol(field.currency ?? 'CNY', locale) : undefined;
  const commit = (raw: string): unknown => {
    const trimmed = raw.trim().replace(/,/g, '');
    if (trimmed === '') return undefined;
    const parsed = Number(trimmed);
    return Number.isFinite(parsed) && /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(trimmed) ? parsed : raw;
  };
  return (
    <div className="fw-affix">
      {prefix !== undefined && <span className="fw-affix__text" aria-hidden="true">{prefix}</span>}
      <input
        id={inputId}
        className="fw-input fw-input--number"
        type="text"
        inputMode={field.precision === 0 ? 'numeric' : 'decimal'}
        value={text}
        placeholder={field.placeholder}
        required={required}
        readOnly={readOnly}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(event) => {
          const next = commit(event.target.value);
          setDraft({ text: event.target.value, forValue: next });
          onChange(next);
        }}
        onBlur={() => {
          if (typeof value === 'number' && field.precision !== undefined) {
            const rounded = Number(value.toFixed(field.precision));
            if (rounded !== value) onChange(rounded);
            setDraft({ text: value.toFixed(field.precision), forValue: rounded });
          }
          onBlur();
        }}
      />
      {field.unit !== undefined && field.unit !== '' && <span className="fw-affix__text">{field.unit}</span>}
    </div>
  );
}

/** A stored number as the box shows it when the user is not typing: with the field's precision. */
function formatStored(value: unknown, precision: number | undefined): string {
  if (typeof value === 'number') return precision === undefined ? String(value) : value.toFixed(precision);
  if (typeof value === 'string') return value;
  return '';
}
