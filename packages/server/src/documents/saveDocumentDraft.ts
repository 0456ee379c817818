import { notFound } from '../http/httpErrors.js';
import type { ServerContext } from '../ServerContext.js';
import type { VersionedDocument } from '../storage/DocumentStore.js';
import type { DocumentKindRules } from './DocumentKindRules.js';
import { staleDocumentDraft } from './staleDocumentDraft.js';

/**
 * `PUT /api/<kind>s/:id`: checks `input` with `rules.check` and saves it as the next draft
 * revision, compare-and-set on the revision read (and on `expectedRevision`, the If-Match, when
 * given) so of two admins saving one revision the second gets a 409 instead of overwriting.
 * Returns the document as saved.
 */
export function saveDocumentDraft(
  context: Pick<ServerContext, 'stores' | 'now'>,
  rules: DocumentKindRules,
  documentId: string,
  input: unknown,
  updatedBy: string,
  expectedRevision: number | undefined,
): Promise<VersionedDocument> {
  return context.stores.transaction(async (tx) => {
    const current = await tx.documents.findById(documentId);
    if (current?.kind !== rules.kind) throw notFound();
    if (expectedRevision !== undefined && expectedRevision !== current.draftRevision) throw staleDocumentDraft(rules.noun, current.draftRevision);
    const schema = await rules.check(tx, current.appId, input);
    const saved = await tx.documents.saveDraft(current.id, schema, current.draftRevision, updatedBy, context.now());
    if (saved === undefined) throw staleDocumentDraft(rules.noun, current.draftRevision);
    return (await tx.documents.findById(current.id)) ?? current;
  });
}
