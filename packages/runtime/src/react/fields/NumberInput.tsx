import { useState } from 'react';
import { fieldDecimalPlaces, roundDecimal } from '../../engine/index.js';
import type { NumberField } from '../../engine/index.js';
import type { FieldControlProps } from './FieldControlProps.js';
import { currencySymbol } from './currencySymbol.js';

/**
 * A number or an amount of money. The text box keeps what the user typed (`1.`, `-`) while the
 * stored value is the parsed number; text that is not a number is passed on as typed, so that the
 * engine reports it as a type error instead of the renderer silently dropping it. Too many decimals
 * (2.5 in a whole-number field, 3.14159 in money) are refused with the field's message, as the server
 * refuses them: never rounded behind the person's back (a quantity of 2.5 silently stored as 3 was
 * one of the "day one" surprises). On blur the box only shows a valid number with its decimals.
 */
export function NumberInput({ field, value, onChange, onBlur, inputId, describedBy, invalid, required, readOnly, locale }: FieldControlProps<NumberField>) {
  const [draft, setDraft] = useState<{ text: string; forValue: unknown } | null>(null);
  const places = fieldDecimalPlaces(field);
  const text = draft !== null && Object.is(draft.forValue, value) ? draft.text : formatStored(value, places);
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
        inputMode={places === 0 ? 'numeric' : 'decimal'}
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
          if (typeof value === 'number') setDraft({ text: formatStored(value, places), forValue: value });
          onBlur();
        }}
      />
      {field.unit !== undefined && field.unit !== '' && <span className="fw-affix__text">{field.unit}</span>}
    </div>
  );
}

/**
 * A stored number as the box shows it when the user is not typing: with the field's decimals, when
 * it has no more than those (else as it is, so that the box never shows another number than the
 * one the engine checks — one beyond the exact range, say).
 */
function formatStored(value: unknown, places: number | undefined): string {
  if (typeof value === 'number') return places === undefined || roundDecimal(value, places) !== value ? String(value) : value.toFixed(places);
  if (typeof value === 'string') return value;
  return '';
}
