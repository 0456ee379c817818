import { notFound } from '../http/httpErrors.js';
import type { ServerContext } from '../ServerContext.js';
import { requireValidDashboardSchema } from './checkDashboardSchema.js';
import { hasUnpublishedDashboardChanges } from './dashboardView.js';
import { staleDashboardDraft } from './staleDashboardDraft.js';

/** What a dashboard publish did (as a form publish answers, less the field changes). */
export interface DashboardPublishResult {
  readonly version: number;
  /** False when the draft equalled the published version, or a racing publisher published it first. */
  readonly created: boolean;
  readonly publishedAt: number;
}

/**
 * Publishes a dashboard's draft as version N+1. The draft is checked again (the engine's rules
 * may have grown stricter, or a form it reads gone to another app) and the checked document is
 * what the version holds. The store claims the number only while the draft is still at the
 * revision checked and unpublished, so racing publishers make one version, never a gap.
 *
 * @param expectedRevision the draft revision the publisher looked at (If-Match), if given:
 *   publishing a draft someone changed since is a 409.
 */
export function publishDashboard(
  context: Pick<ServerContext, 'stores' | 'now'>,
  dashboardId: string,
  publishedBy: string,
  expectedRevision: number | undefined,
): Promise<DashboardPublishResult> {
  return context.stores.transaction(async (tx) => {
    const dashboard = await tx.documents.findById(dashboardId);
    if (dashboard?.kind !== 'dashboard') throw notFound();
    if (expectedRevision !== undefined && expectedRevision !== dashboard.draftRevision) throw staleDashboardDraft(dashboard.draftRevision);
    const previous = dashboard.published;
    if (previous && !hasUnpublishedDashboardChanges(dashboard)) return { version: previous.version, created: false, publishedAt: previous.publishedAt };
    const schema = await requireValidDashboardSchema(tx, dashboard.appId, dashboard.draft);
    const published = await tx.documents.publish(dashboard.id, { draftRevision: dashboard.draftRevision, schema, publishedAt: context.now(), publishedBy });
    if (published) return { version: published.version, created: true, publishedAt: published.publishedAt };
    // Someone got there first (another process on PostgreSQL): either they published this very
    // revision — answer as a publish that found nothing new — or they saved a newer draft.
    const current = await tx.documents.findById(dashboard.id);
    if (current?.published?.draftRevision === dashboard.draftRevision) return { version: current.published.version, created: false, publishedAt: current.published.publishedAt };
    throw staleDashboardDraft(current?.draftRevision ?? dashboard.draftRevision);
  });
}
