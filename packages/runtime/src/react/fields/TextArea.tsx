import type { TextField } from '../../engine/index.js';
import type { FieldControlProps } from './FieldControlProps.js';

/** Several lines of plain text (`textarea`). */
export function TextArea({ field, value, onChange, onBlur, inputId, describedBy, invalid, required, readOnly }: FieldControlProps<TextField>) {
  return (
    <textarea
      id={inputId}
      className="fw-input fw-textarea"
      rows={3}
      value={typeof value === 'string' ? value : ''}
      placeholder={field.placeholder}
      maxLength={field.maxLength}
      required={required}
      readOnly={readOnly}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
      onBlur={onBlur}
    />
  );
}
