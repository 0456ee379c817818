import type { RatingField } from '../../engine/index.js';
import { formatMessage } from '../i18n/rendererMessages.js';
import type { FieldControlProps } from './FieldControlProps.js';

/** Stars as a radio group: arrow keys move between them, each is named "3 stars". */
export function RatingInput({ field, value, onChange, onBlur, inputId, invalid, required, readOnly, locale }: FieldControlProps<RatingField>) {
  const max = field.max ?? 5;
  const current = typeof value === 'number' ? value : 0;
  return (
    <div className="fw-rating" role="presentation">
      {Array.from({ length: max }, (_, i) => i + 1).map((n) => (
        <label key={n} className={`fw-rating__star${n <= current ? ' is-on' : ''}`}>
          <input
            id={n === 1 ? inputId : `${inputId}-${n}`}
            className="fw-visually-hidden"
            type="radio"
            name={inputId}
            value={n}
            checked={current === n}
            required={required}
            disabled={readOnly}
            aria-invalid={invalid || undefined}
            aria-label={formatMessage(locale, 'ratingN', { n })}
            onChange={() => onChange(n)}
            onBlur={onBlur}
          />
          <span aria-hidden="true">★</span>
        </label>
      ))}
    </div>
  );
}
