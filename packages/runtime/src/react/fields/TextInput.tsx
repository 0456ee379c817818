import type { ContactField, TextField } from '../../engine/index.js';
import type { FieldControlProps } from './FieldControlProps.js';

const inputTypes = { text: 'text', phone: 'tel', email: 'email', url: 'url' } as const;
const autoCompletes = { text: undefined, phone: 'tel', email: 'email', url: 'url' } as const;

/** One line of text: `text`, `phone`, `email` and `url` fields (with the matching phone keyboard). */
export function TextInput({ field, value, onChange, onBlur, inputId, describedBy, invalid, required, readOnly }: FieldControlProps<TextField | ContactField>) {
  const type = field.type === 'textarea' ? 'text' : field.type;
  return (
    <input
      id={inputId}
      className="fw-input"
      type={inputTypes[type]}
      autoComplete={autoCompletes[type]}
      value={typeof value === 'string' ? value : ''}
      placeholder={field.placeholder}
      maxLength={'maxLength' in field ? field.maxLength : undefined}
      required={required}
      readOnly={readOnly}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
      onBlur={onBlur}
    />
  );
}
