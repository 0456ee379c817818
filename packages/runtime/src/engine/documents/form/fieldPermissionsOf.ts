import type { RoleFieldPermission, FormSchema, Role } from './FormSchema.js';

/**
 * The fields a role may not change, with what it may still do with each: `hidden` (not even
 * see it) or `read`. Fields not in the map are editable; admins get an empty map whatever the
 * form says. The server enforces it (with fields computed from hidden ones hidden too) and the
 * app shows the same — one reading of `settings.access.fields`.
 *
 * @example
 * fieldPermissionsOf(form, 'member').get('f_cost') // 'hidden' when reps may not see the cost
 */
export function fieldPermissionsOf(schema: FormSchema, role: Role): ReadonlyMap<string, Exclude<RoleFieldPermission, 'edit'>> {
  const restricted = new Map<string, Exclude<RoleFieldPermission, 'edit'>>();
  if (role === 'admin') return restricted;
  for (const [fieldId, permission] of Object.entries(schema.settings?.access?.fields?.[role] ?? {})) {
    if (permission !== 'edit') restricted.set(fieldId, permission);
  }
  return restricted;
}
