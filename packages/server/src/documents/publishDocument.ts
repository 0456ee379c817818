import { notFound } from '../http/httpErrors.js';
import type { ServerContext } from '../ServerContext.js';
import type { DocumentKindRules } from './DocumentKindRules.js';
import { staleDocumentDraft } from './staleDocumentDraft.js';
import { hasUnpublishedChanges } from './versionedDocumentView.js';

/** What a publish did (as a form publish answers, less the field changes). */
export interface DocumentPublishResult {
  readonly version: number;
  /** False when the draft equalled the published version, or a racing publisher published it first. */
  readonly created: boolean;
  readonly publishedAt: number;
}

/**
 * Publishes a document's draft as version N+1. The draft is checked again by `rules.check` (the
 * engine's rules may have grown stricter, or a form it reads gone) and the checked document is
 * what the version holds. The store claims the number only while the draft is still at the
 * revision checked and unpublished, so racing publishers make one version, never a gap.
 *
 * @param expectedRevision the draft revision the publisher looked at (If-Match), if given:
 *   publishing a draft someone changed since is a 409.
 */
export function publishDocument(
  context: Pick<ServerContext, 'stores' | 'now'>,
  rules: DocumentKindRules,
  documentId: string,
  publishedBy: string,
  expectedRevision: number | undefined,
): Promise<DocumentPublishResult> {
  return context.stores.transaction(async (tx) => {
    const document = await tx.documents.findById(documentId);
    if (document?.kind !== rules.kind) throw notFound();
    if (expectedRevision !== undefined && expectedRevision !== document.draftRevision) throw staleDocumentDraft(rules.noun, document.draftRevision);
    const previous = document.published;
    if (previous && !hasUnpublishedChanges(document)) return { version: previous.version, created: false, publishedAt: previous.publishedAt };
    const schema = await rules.check(tx, document.appId, document.draft);
    const published = await tx.documents.publish(document.id, { draftRevision: document.draftRevision, schema, publishedAt: context.now(), publishedBy });
    if (published) return { version: published.version, created: true, publishedAt: published.publishedAt };
    // Someone got there first (another process on PostgreSQL): either they published this very
    // revision — answer as a publish that found nothing new — or they saved a newer draft.
    const current = await tx.documents.findById(document.id);
    if (current?.published?.draftRevision === document.draftRevision) return { version: current.published.version, created: false, publishedAt: current.published.publishedAt };
    throw staleDocumentDraft(rules.noun, current?.draftRevision ?? document.draftRevision);
  });
}
