import type { FormSchema, Role } from './FormSchema.js';

/** Who may import when a form's `settings.access.import` says nothing. */
export const defaultImportRoles: readonly Role[] = ['admin', 'manager'];

/**
 * The roles that may import records into a form: `settings.access.import.roles`, else managers;
 * admins always. The server enforces it on the import route and the app hides Import by it —
 * one rule, written once.
 *
 * @example
 * importRolesOf(form).includes('member') // false unless the form lets reps import
 */
export function importRolesOf(schema: FormSchema): readonly Role[] {
  const roles = schema.settings?.access?.import?.roles;
  if (!roles) return defaultImportRoles;
  return roles.includes('admin') ? roles : ['admin', ...roles];
}
