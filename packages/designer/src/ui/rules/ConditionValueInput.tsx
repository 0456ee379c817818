import type { FieldDefinition } from '@formwork/runtime';
import type { Condition } from '../../rules/ConditionTree.js';
import { useFieldId } from '../properties/useFieldId.js';

export interface ConditionValueInputProps {
  readonly label: string;
  readonly field: FieldDefinition | undefined;
  readonly condition: Condition;
  readonly onChange: (value: Condition['value']) => void;
}

/** The value of a condition, entered the way the compared field takes it. */
export function ConditionValueInput({ label, field, condition, onChange }: ConditionValueInputProps) {
  const id = useFieldId();
  const value = condition.value;
  let control;
  if (field && 'options' in field) {
    const multiple = condition.operator === 'anyOf';
    const selected = multiple ? (Array.isArray(value) ? value.map(String) : []) : typeof value === 'string' ? value : '';
    control = (
      <select
        id={id}
        multiple={multiple}
        value={selected}
        onChange={(event) =>
          onChange(multiple ? [...event.target.selectedOptions].map((option) => option.value) : event.target.value)
        }
      >
        {multiple ? null : <option value="" />}
        {field.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  } else if (field && ['number', 'money', 'rating', 'formula'].includes(field.type)) {
    control = (
      <input
        id={id}
        type="number"
        value={typeof value === 'number' ? value : ''}
        onChange={(event) => onChange(event.target.value === '' ? undefined : Number(event.target.value))}
      />
    );
  } else {
    control = (
      <input
        id={id}
        type={field?.type === 'date' ? 'date' : 'text'}
        value={typeof value === 'string' ? value : value === undefined ? '' : String(value)}
        onChange={(event) => onChange(event.target.value)}
      />
    );
  }
  return (
    <span className="fw-condition-value">
      <label htmlFor={id} className="fw-visually-hidden">
        {label}
      </label>
      {control}
    </span>
  );
}
