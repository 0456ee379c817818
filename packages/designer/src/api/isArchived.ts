/**
 * Whether a form (summary or document) is archived. Servers from before archiving send no
 * `archivedAt`: their forms are all in use.
 *
 * @example
 * isArchived({ archivedAt: '2024-05-06T08:00:00.000Z' }) // true
 */
export function isArchived<T extends { readonly archivedAt?: string | null }>(form: T): form is T & { readonly archivedAt: string } {
  return typeof form.archivedAt === 'string';
}
