import { useFieldId } from './useFieldId.js';

export interface SelectSettingProps<V extends string> {
  readonly label: string;
  readonly value: V | '';
  readonly options: readonly { readonly value: V | ''; readonly label: string }[];
  readonly onChange: (value: V | '') => void;
}

/** A labelled drop-down that commits at once. */
export function SelectSetting<V extends string>({ label, value, options, onChange }: SelectSettingProps<V>) {
  const id = useFieldId();
  return (
    <div className="fw-setting">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as V | '')}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
