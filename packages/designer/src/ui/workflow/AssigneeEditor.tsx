import type { Assignee, FormSchema } from '@formwork/runtime';
import { workflowMessages as m } from '../../i18n/workflowMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { listValueFields } from '../editor/listValueFields.js';
import { useOrgDirectory } from '../editor/OrgDirectoryContext.js';
import { CheckboxSetting } from '../properties/CheckboxSetting.js';
import { ChipPicker } from '../properties/ChipPicker.js';
import { NumberSetting } from '../properties/NumberSetting.js';
import { roleChoices, roleLabel } from './roleChoices.js';

/**
 * Who acts at (or is told at) a node: chosen members, roles (the system's and the organisation's),
 * departments, member fields of the form, the managers of the departments a department field
 * names, the initiator, and the initiator's managers up so many levels. A department's options
 * (only its manager, with its sub-departments) are kept as stored but not edited here. A role the
 * organisation no longer has stays, named "unknown role (id)", until it is removed.
 */
export function AssigneeEditor({ legend, people, form, onChange }: { readonly legend: string; readonly people: readonly Assignee[]; readonly form: FormSchema; readonly onChange: (people: readonly Assignee[]) => void }) {
  const { t } = useLocale();
  const directory = useOrgDirectory();
  const ofKind = <K extends Assignee['kind']>(kind: K): Extract<Assignee, { kind: K }>[] => people.filter((person): person is Extract<Assignee, { kind: K }> => person.kind === kind);
  const replace = (kind: Assignee['kind'], next: readonly Assignee[]): void => {
    // Keep the order of the other kinds; the replaced kind goes where it first was (or last).
    const at = people.findIndex((person) => person.kind === kind);
    const others = people.filter((person) => person.kind !== kind);
    const position = at < 0 ? others.length : people.slice(0, at).filter((person) => person.kind !== kind).length;
    onChange([...others.slice(0, position), ...next, ...others.slice(position)]);
  };
  const topLevel = listValueFields(form).filter((entry) => !entry.inSubform);
  const memberFields = topLevel.filter((entry) => entry.field.type === 'member' || entry.field.type === 'members');
  const departmentFields = topLevel.filter((entry) => entry.field.type === 'department' || entry.field.type === 'departments');
  const levels = ofKind('managerChain')[0]?.levels ?? 0;
  const chosenRoles = ofKind('role').map((person) => person.role);
  const roles = roleChoices(directory, t);
  const missingRoles = chosenRoles.filter((role) => !roles.some((option) => option.value === role)).map((role) => ({ value: role, label: roleLabel(role, directory, t) }));
  return (
    <fieldset className="fw-group">
      <legend>{legend}</legend>
      <ChipPicker
        label={t(m.members)}
        chosen={ofKind('member').map((person) => person.userId)}
        options={directory.users.map((user) => ({ value: user.id, label: user.name }))}
        addLabel={t(m.addMember)}
        emptyText={t(m.nobody)}
        onChange={(ids) => replace('member', ids.map((userId) => ({ kind: 'member', userId })))}
      />
      <ChipPicker
        label={t(m.roles)}
        chosen={chosenRoles}
        options={[...roles, ...missingRoles]}
        addLabel={t(m.addRole)}
        emptyText={t(m.nobody)}
        onChange={(roles) => replace('role', roles.map((role) => ({ kind: 'role', role })))}
      />
      <ChipPicker
        label={t(m.departments)}
        chosen={ofKind('department').map((person) => person.departmentId)}
        options={directory.departments.map((department) => ({ value: department.id, label: department.path }))}
        addLabel={t(m.addDepartment)}
        emptyText={t(m.nobody)}
        onChange={(ids) => replace('department', ids.map((departmentId) => ofKind('department').find((person) => person.departmentId === departmentId) ?? { kind: 'department', departmentId }))}
      />
      {ofKind('department').map((person) => {
        const name = directory.departments.find((department) => department.id === person.departmentId)?.path ?? person.departmentId;
        const set = (patch: { managerOnly?: boolean; includeSubDepartments?: boolean }): void => {
          const { managerOnly: _m, includeSubDepartments: _s, ...base } = person;
          const merged = { managerOnly: person.managerOnly === true, includeSubDepartments: person.includeSubDepartments === true, ...patch };
          const next = { ...base, ...(merged.managerOnly ? { managerOnly: true } : {}), ...(merged.includeSubDepartments ? { includeSubDepartments: true } : {}) };
          replace('department', ofKind('department').map((other) => (other === person ? next : other)));
        };
        return (
          <div key={person.departmentId} className="fw-flow-department-options">
            <CheckboxSetting label={t(m.managerOnly, { name })} checked={person.managerOnly === true} onChange={(managerOnly) => set({ managerOnly })} />
            <CheckboxSetting label={t(m.includeSubDepartments, { name })} checked={person.includeSubDepartments === true} onChange={(includeSubDepartments) => set({ includeSubDepartments })} />
          </div>
        );
      })}
      <ChipPicker
        label={t(m.memberFields)}
        chosen={ofKind('memberField').map((person) => person.fieldId)}
        options={memberFields.map((entry) => ({ value: entry.field.id, label: entry.field.label }))}
        addLabel={t(m.addMemberField)}
        emptyText={t(m.nobody)}
        onChange={(ids) => replace('memberField', ids.map((fieldId) => ({ kind: 'memberField', fieldId })))}
      />
      <ChipPicker
        label={t(m.departmentFieldManagers)}
        chosen={ofKind('departmentFieldManager').map((person) => person.fieldId)}
        options={departmentFields.map((entry) => ({ value: entry.field.id, label: entry.field.label }))}
        addLabel={t(m.addDepartmentField)}
        emptyText={t(m.nobody)}
        onChange={(ids) => replace('departmentFieldManager', ids.map((fieldId) => ({ kind: 'departmentFieldManager', fieldId })))}
      />
      <CheckboxSetting label={t(m.initiator)} checked={ofKind('initiator').length > 0} onChange={(on) => replace('initiator', on ? [{ kind: 'initiator' }] : [])} />
      <NumberSetting
        label={t(m.managerLevels)}
        value={levels}
        min={0}
        max={10}
        step={1}
        onCommit={(value) => replace('managerChain', value === undefined || value < 1 ? [] : [{ kind: 'managerChain', levels: Math.round(value) }])}
      />
    </fieldset>
  );
}
