import type { VersionedDocument, VersionedDocumentKind } from '../storage/DocumentStore.js';
import type { User } from '../storage/UserStore.js';

/**
 * Whether a user may open a document of `kind` at all (404 otherwise, never 403: its existence
 * stays hidden). Admins see every one, drafts and archived ones included; everyone else sees
 * published, live ones — as a form with no `access.submit` rule is open to everyone signed in.
 * What the document shows inside (a dashboard's counts, a sheet's rows) is scoped elsewhere.
 */
export function isPublishedDocumentVisible(user: User, document: VersionedDocument, kind: VersionedDocumentKind): boolean {
  if (document.kind !== kind) return false;
  if (user.role === 'admin') return true;
  return document.archivedAt === null && document.published !== null;
}
