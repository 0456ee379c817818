/**
 * Whether a form (summary or view) is archived. Only admins are shown archived forms; servers
 * from before archiving send no `archivedAt`.
 *
 * @example
 * forms.filter((form) => !isArchived(form)) // the forms people fill in
 */
export function isArchived(form: { readonly archivedAt?: string | null }): boolean {
  return typeof form.archivedAt === 'string';
}
