import type { DateField } from '../../engine/index.js';
import type { FieldControlProps } from './FieldControlProps.js';
import { isoToLocalInput, localInputToIso } from './localDateTime.js';

/**
 * The browser's own date picker (the phone's wheel on mobile). `date` values are `YYYY-MM-DD`; a
 * `YYYY-MM` format picks a month, stored as its first day. `datetime` values are ISO 8601 with the
 * device's offset.
 */
export function DateInput({ field, value, onChange, onBlur, inputId, describedBy, invalid, required, readOnly }: FieldControlProps<DateField>) {
  const stored = typeof value === 'string' ? value : '';
  const monthOnly = field.type === 'date' && field.format === 'YYYY-MM';
  const type = field.type === 'datetime' ? 'datetime-local' : monthOnly ? 'month' : 'date';
  const shown = field.type === 'datetime' ? isoToLocalInput(stored) : monthOnly ? stored.slice(0, 7) : stored;
  const bound = (iso: string | undefined): string | undefined => {
    if (iso === undefined) return undefined;
    if (field.type === 'datetime') return isoToLocalInput(iso) || undefined;
    return monthOnly ? iso.slice(0, 7) : iso.slice(0, 10);
  };
  return (
    <input
      id={inputId}
      className="fw-input fw-input--date"
      type={type}
      value={shown}
      min={bound(field.min)}
      max={bound(field.max)}
      required={required}
      readOnly={readOnly}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      onChange={(event) => {
        const raw = event.target.value;
        if (raw === '') onChange(undefined);
        else if (field.type === 'datetime') onChange(localInputToIso(raw));
        else onChange(monthOnly ? `${raw}-01` : raw);
      }}
      onBlur={onBlur}
    />
  );
}
