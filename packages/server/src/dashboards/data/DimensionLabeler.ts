import type { DimensionMember, FieldDefinition } from '@formwork/runtime';
import { createOrgDirectory, type OrgDirectory } from '../../cells/OrgDirectory.js';
import type { AggregateGroup } from '../../query/AggregateQuery.js';
import type { RecordForm } from '../../records/RecordForm.js';
import type { CellValue } from '../../records/projectValue.js';
import type { Stores } from '../../storage/Stores.js';

/** What a grouping value is called on a chart: option labels, people's and departments' names. */
export interface DimensionLabeler {
  member(group: AggregateGroup, value: CellValue): DimensionMember;
  /** The field's label (a grouped system field has none: the widget names it). */
  fieldLabel(fieldId: string): string | undefined;
}

/** How an empty group (records without a value) is labelled, the same in both languages. */
export const emptyGroupLabel = '—';

const userSystemFields = new Set(['_owner', '_createdBy']);
const memberTypes = new Set(['member', 'members']);
const departmentTypes = new Set(['department', 'departments']);

/**
 * Labels for the grouping values of one form's aggregates. `directory` holds the people and
 * department names, read only when a grouping needs them (`groupsNeedDirectory`); without it ids
 * are shown. `value` stays what the aggregate returned, for drill-downs.
 */
export function createDimensionLabeler(form: RecordForm, org: OrgDirectory | undefined): DimensionLabeler {
  const fields = new Map<string, FieldDefinition>();
  for (const entry of form.history) if (entry.subformId === null) fields.set(entry.field.id, entry.field);
  return {
    member(group, value) {
      if (value === null) return { value, label: emptyGroupLabel };
      if (group.bucket !== null) return { value, label: String(value) };
      const text = String(value);
      if (group.field.system) {
        if (userSystemFields.has(group.field.id)) return { value, label: org?.userName(text) ?? text };
        if (group.field.id === '_ownerDepartment') return { value, label: org?.departmentName(text) ?? text };
        return { value, label: text };
      }
      const field = fields.get(group.field.id);
      if (!field) return { value, label: text };
      if (field.type === 'radio' || field.type === 'select' || field.type === 'checkbox' || field.type === 'multiselect') {
        return { value, label: field.options.find((option) => option.value === value)?.label ?? text };
      }
      if (memberTypes.has(field.type)) return { value, label: org?.userName(text) ?? text };
      if (departmentTypes.has(field.type)) return { value, label: org?.departmentName(text) ?? text };
      return { value, label: text };
    },
    fieldLabel(fieldId) {
      return fields.get(fieldId)?.label;
    },
  };
}

/** Whether labelling these groupings needs the people and department names. */
export function groupsNeedDirectory(form: RecordForm, groups: readonly AggregateGroup[]): boolean {
  return groups.some((group) => {
    if (group.bucket !== null) return false;
    if (group.field.system) return userSystemFields.has(group.field.id) || group.field.id === '_ownerDepartment';
    const field = form.history.find((entry) => entry.subformId === null && entry.field.id === group.field.id)?.field;
    return field !== undefined && (memberTypes.has(field.type) || departmentTypes.has(field.type));
  });
}

/** The organisation directory, read at most once per call. */
export function lazyDirectory(stores: Pick<Stores, 'users' | 'departments'>): { load(): Promise<OrgDirectory>; loaded: { directory?: OrgDirectory } } {
  const loaded: { directory?: OrgDirectory } = {};
  let pending: Promise<OrgDirectory> | undefined;
  return {
    loaded,
    load: () => {
      pending ??= createOrgDirectory(stores).then((directory) => (loaded.directory = directory));
      return pending;
    },
  };
}
