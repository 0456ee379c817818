import type { LocaleTools } from '../../i18n/LocaleContext.js';
import { workflowMessages as m } from '../../i18n/workflowMessages.js';
import type { OrgDirectory } from '../editor/OrgDirectoryContext.js';
import type { ChipPickerOption } from '../properties/ChipPicker.js';
import { roleNames } from '../properties/roleNames.js';

/**
 * The roles a workflow step may name: the system roles (member, manager, admin) first, then the
 * organisation's roles by their names. An organisation role whose id is a system role's is the
 * same assignee to the server, so it is offered once, by the system role's name.
 */
export function roleChoices(directory: OrgDirectory, t: LocaleTools['t']): readonly ChipPickerOption[] {
  const system = roleNames.map(({ role, name }) => ({ value: role, label: t(name) }));
  const organisation = (directory.roles ?? []).filter((role) => !system.some((option) => option.value === role.id)).map((role) => ({ value: role.id, label: role.name }));
  return [...system, ...organisation];
}

/**
 * A role id as a person reads it: its name, or — once the directory is loaded and it is not
 * there (a deleted role, a document from elsewhere) — "unknown role (id)". While loading or when
 * the roles could not be read, the id itself.
 *
 * @example
 * roleLabel('finance', { users: [], departments: [], roles: [{ id: 'finance', name: '财务' }], status: 'ready' }, t) // '财务'
 */
export function roleLabel(roleId: string, directory: OrgDirectory, t: LocaleTools['t']): string {
  const found = roleChoices(directory, t).find((option) => option.value === roleId);
  if (found) return found.label;
  return directory.status === 'ready' ? t(m.unknownRole, { id: roleId }) : roleId;
}
