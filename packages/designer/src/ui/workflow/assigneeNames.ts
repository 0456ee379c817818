import type { Assignee, FormSchema } from '@formwork/runtime';
import type { LocaleTools } from '../../i18n/LocaleContext.js';
import { workflowMessages as m } from '../../i18n/workflowMessages.js';
import { listValueFields } from '../editor/listValueFields.js';
import type { OrgDirectory } from '../editor/OrgDirectoryContext.js';
import { roleLabel } from './roleChoices.js';

/**
 * Who a node names, one phrase per assignee, for the node's card on the canvas: people, roles and
 * departments by their names from the directory, fields by their labels. Whatever the directory
 * lacks shows as its id (a role as "unknown role (id)"), so nothing named is hidden.
 *
 * @example
 * assigneeNames([{ kind: 'role', role: 'finance' }, { kind: 'initiator' }], form, directory, t) // ['财务', '发起人本人']
 */
export function assigneeNames(people: readonly Assignee[], form: FormSchema, directory: OrgDirectory, t: LocaleTools['t']): readonly string[] {
  const fieldLabel = (fieldId: string): string => listValueFields(form).find((entry) => entry.field.id === fieldId)?.field.label ?? fieldId;
  return people.map((person) => {
    switch (person.kind) {
      case 'member':
        return directory.users.find((user) => user.id === person.userId)?.name ?? person.userId;
      case 'role':
        return roleLabel(person.role, directory, t);
      case 'department': {
        const path = directory.departments.find((department) => department.id === person.departmentId)?.path ?? person.departmentId;
        const name = person.includeSubDepartments === true ? t(m.withSubDepartments, { name: path }) : path;
        return person.managerOnly === true ? t(m.managersOf, { name }) : name;
      }
      case 'initiator':
        return t(m.initiator);
      case 'managerChain':
        return t(m.managerChainOf, { levels: person.levels });
      case 'memberField':
        return t(m.membersInField, { field: fieldLabel(person.fieldId) });
      case 'departmentFieldManager':
        return t(m.managersInField, { field: fieldLabel(person.fieldId) });
    }
  });
}
