import type { FormSchema, Role, RowScope } from '@formwork/runtime';
import type { Viewer } from './Viewer.js';

/** What each role sees when a form's `settings.access.rows` says nothing. */
export const defaultRowScopes: Readonly<Record<Role, RowScope>> = { admin: 'all', manager: 'department', member: 'own' };

/**
 * Whether the viewer may submit records to a form. Admins always may; otherwise
 * `settings.access.submit` decides, any of its lists matching (role, user id, department
 * including sub-departments). No `submit` setting: everyone signed in.
 */
export function canSubmitForm(viewer: Viewer, schema: FormSchema): boolean {
  if (viewer.user.role === 'admin') return true;
  const submit = schema.settings?.access?.submit;
  if (!submit) return true;
  return (
    (submit.roles ?? []).includes(viewer.user.role) ||
    (submit.users ?? []).includes(viewer.user.id) ||
    (submit.departments ?? []).some((id) => viewer.departmentAncestry.includes(id))
  );
}

/** Which rows of a form the viewer's role sees. Admins always see all. */
export function rowScopeOf(viewer: Viewer, schema: FormSchema): RowScope {
  if (viewer.user.role === 'admin') return 'all';
  return schema.settings?.access?.rows?.[viewer.user.role] ?? defaultRowScopes[viewer.user.role];
}

/**
 * Whether the viewer may read a published form's definition: to fill it in, or to read rows
 * beyond their own (a manager's department list). Anyone else gets 404 for it.
 */
export function canReadForm(viewer: Viewer, schema: FormSchema): boolean {
  return canSubmitForm(viewer, schema) || rowScopeOf(viewer, schema) !== 'own';
}
