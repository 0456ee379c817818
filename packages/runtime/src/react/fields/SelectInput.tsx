import type { MultiChoiceField, SingleChoiceField } from '../../engine/index.js';
import { ComboBox, filterOptions, type ComboOption } from './ComboBox.js';
import type { FieldControlProps } from './FieldControlProps.js';

/** A drop-down with search over the form's options: `select` (one) and `multiselect` (several). */
export function SelectInput(props: FieldControlProps<SingleChoiceField | MultiChoiceField>) {
  const { field, value, onChange } = props;
  const multiple = field.type === 'multiselect';
  const options: readonly ComboOption[] = field.options;
  const values = multiple ? (Array.isArray(value) ? value : []) : typeof value === 'string' ? [value] : [];
  // A stored value that is no longer an option still shows (as itself), so that it can be removed.
  const selected = values
    .filter((v): v is string => typeof v === 'string')
    .map((v) => options.find((o) => o.value === v) ?? { value: v, label: v });
  return (
    <ComboBox
      {...props}
      multiple={multiple}
      placeholder={field.placeholder}
      selected={selected}
      loadOptions={(query) => filterOptions(options, query)}
      onChange={(next) => {
        if (multiple) onChange(next.length === 0 ? undefined : next.map((o) => o.value));
        else onChange(next[0]?.value);
      }}
    />
  );
}
