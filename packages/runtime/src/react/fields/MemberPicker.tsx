import { useCallback } from 'react';
import type { MemberField } from '../../engine/index.js';
import type { DepartmentOption, MemberOption } from '../FormServices.js';
import { ComboBox, type ComboOption } from './ComboBox.js';
import type { FieldControlProps } from './FieldControlProps.js';
import { useOptionLabels } from './useOptionLabels.js';

const toOption = (item: MemberOption | DepartmentOption): ComboOption =>
  item.detail === undefined ? { value: item.id, label: item.name } : { value: item.id, label: item.name, detail: item.detail };

/**
 * Member and department pickers (`member`, `members`, `department`, `departments`), searching the
 * directory through the injected services and storing ids.
 */
export function MemberPicker(props: FieldControlProps<MemberField>) {
  const { field, value, onChange, services } = props;
  const multiple = field.type === 'members' || field.type === 'departments';
  const isDepartment = field.type === 'department' || field.type === 'departments';
  const search = isDepartment ? services.searchDepartments : services.searchMembers;
  const describeRaw = isDepartment ? services.describeDepartments : services.describeMembers;
  const describe = useCallback(
    async (ids: readonly string[]) => (describeRaw ? (await describeRaw(ids)).map(toOption) : []),
    [describeRaw],
  );
  const ids = (multiple ? (Array.isArray(value) ? value : []) : typeof value === 'string' ? [value] : []).filter(
    (v): v is string => typeof v === 'string',
  );
  const { selected, remember } = useOptionLabels(ids, describeRaw ? describe : undefined);
  return (
    <ComboBox
      {...props}
      multiple={multiple}
      placeholder={field.placeholder}
      selected={selected}
      searchDelayMs={200}
      loadOptions={async (query) => {
        if (!search) return [];
        const found = (await search(query, field.scope)).map(toOption);
        remember(found);
        return found;
      }}
      onChange={(next) => {
        remember(next);
        if (multiple) onChange(next.length === 0 ? undefined : next.map((o) => o.value));
        else onChange(next[0]?.value);
      }}
    />
  );
}
