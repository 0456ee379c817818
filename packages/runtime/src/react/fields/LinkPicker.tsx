import { useCallback } from 'react';
import type { LinkField } from '../../engine/index.js';
import { ComboBox, type ComboOption } from './ComboBox.js';
import type { FieldControlProps } from './FieldControlProps.js';
import { useOptionLabels } from './useOptionLabels.js';

/** Picks one record of another form, searching it through `services.searchRecords`. */
export function LinkPicker(props: FieldControlProps<LinkField>) {
  const { field, value, onChange, services } = props;
  const { searchRecords, describeRecords } = services;
  const describe = useCallback(
    async (ids: readonly string[]): Promise<readonly ComboOption[]> =>
      describeRecords ? (await describeRecords(field.formId, field.displayField, ids)).map((r) => ({ value: r.id, label: r.label })) : [],
    [describeRecords, field.formId, field.displayField],
  );
  const { selected, remember } = useOptionLabels(typeof value === 'string' ? [value] : [], describeRecords ? describe : undefined);
  return (
    <ComboBox
      {...props}
      multiple={false}
      placeholder={field.placeholder}
      selected={selected}
      searchDelayMs={200}
      loadOptions={async (query) => {
        if (!searchRecords) return [];
        const search = { formId: field.formId, query, displayField: field.displayField };
        const found = (await searchRecords(field.filter === undefined ? search : { ...search, filter: field.filter })).map((r) => ({
          value: r.id,
          label: r.label,
        }));
        remember(found);
        return found;
      }}
      onChange={(next) => {
        remember(next);
        onChange(next[0]?.value);
      }}
    />
  );
}
