import { isPublishedDocumentVisible } from '../documents/isPublishedDocumentVisible.js';
import type { VersionedDocument } from '../storage/DocumentStore.js';
import type { User } from '../storage/UserStore.js';

/**
 * Whether a user may open a dashboard at all (404 otherwise, never 403). Admins see every
 * dashboard; everyone else published, live ones: the DashboardSchema has no "who may view" rule
 * yet, and when it gets one this is the one place to apply it. What each widget counts stays in
 * the viewer's row scope (the data route).
 */
export function isDashboardVisible(user: User, dashboard: VersionedDocument): boolean {
  return isPublishedDocumentVisible(user, dashboard, 'dashboard');
}
