import type { VersionedDocument } from '../storage/DocumentStore.js';
import type { User } from '../storage/UserStore.js';

/**
 * Whether a user may open a dashboard at all (404 otherwise, never 403: its existence stays
 * hidden). Admins see every dashboard, drafts and archived ones included. Everyone else sees
 * published, live dashboards, as a form with no `access.submit` rule is open to everyone signed
 * in: the DashboardSchema has no "who may view" rule yet, and when it gets one this is the one
 * place to apply it. What each widget counts stays in the viewer's row scope (the data route).
 */
export function isDashboardVisible(user: User, dashboard: VersionedDocument): boolean {
  if (dashboard.kind !== 'dashboard') return false;
  if (user.role === 'admin') return true;
  return dashboard.archivedAt === null && dashboard.published !== null;
}
