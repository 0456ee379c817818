import type { MultiChoiceField } from '../../engine/index.js';
import type { FieldControlProps } from './FieldControlProps.js';
import { OptionLabel } from './OptionLabel.js';

/** Several choices shown as checkboxes; the value keeps the options' order. */
export function CheckboxGroup({ field, value, onChange, onBlur, inputId, invalid, readOnly }: FieldControlProps<MultiChoiceField>) {
  const selected = new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  const toggle = (optionValue: string, on: boolean): void => {
    const next = field.options.map((o) => o.value).filter((v) => (v === optionValue ? on : selected.has(v)));
    onChange(next.length === 0 ? undefined : next);
  };
  return (
    <div className="fw-choices" role="presentation">
      {field.options.map((option, index) => (
        <label key={option.value} className="fw-choice">
          <input
            id={index === 0 ? inputId : `${inputId}-${index}`}
            type="checkbox"
            value={option.value}
            checked={selected.has(option.value)}
            disabled={readOnly}
            aria-invalid={invalid || undefined}
            onChange={(event) => toggle(option.value, event.target.checked)}
            onBlur={onBlur}
          />
          <OptionLabel option={option} />
        </label>
      ))}
    </div>
  );
}
