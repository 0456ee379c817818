import type { SingleChoiceField } from '../../engine/index.js';
import type { FieldControlProps } from './FieldControlProps.js';
import { OptionLabel } from './OptionLabel.js';

/** Single choice shown as radio buttons; sits in the fieldset/legend that FieldView draws. */
export function RadioGroup({ field, value, onChange, onBlur, inputId, invalid, required, readOnly }: FieldControlProps<SingleChoiceField>) {
  return (
    <div className="fw-choices" role="presentation">
      {field.options.map((option, index) => (
        <label key={option.value} className="fw-choice">
          <input
            id={index === 0 ? inputId : `${inputId}-${index}`}
            type="radio"
            name={inputId}
            value={option.value}
            checked={value === option.value}
            required={required}
            disabled={readOnly}
            aria-invalid={invalid || undefined}
            onChange={() => onChange(option.value)}
            onBlur={onBlur}
          />
          <OptionLabel option={option} />
        </label>
      ))}
    </div>
  );
}
