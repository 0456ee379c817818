import type { EditScope, FormSchema } from '@formwork/runtime';
import type { Viewer } from './Viewer.js';

/**
 * Which of the rows they see a caller may change (edit, delete, restore) on this form: admins
 * every row; others per `settings.access.edit` of their role — `own` (the default), `visible`
 * (every row they see, e.g. a manager's team) or `none`. Whether they see the row at all is the
 * row scope's business (`resolveRowFilter`), checked before.
 */
export function editScopeOf(viewer: Viewer, schema: FormSchema): EditScope | 'all' {
  const { role } = viewer.user;
  if (role === 'admin') return 'all';
  return schema.settings?.access?.edit?.[role] ?? 'own';
}

/** Whether the caller may change this (visible) record. */
export function canEditRecord(viewer: Viewer, schema: FormSchema, record: { readonly ownerId: string | null }): boolean {
  const scope = editScopeOf(viewer, schema);
  if (scope === 'all' || scope === 'visible') return true;
  return scope === 'own' && record.ownerId === viewer.user.id;
}
