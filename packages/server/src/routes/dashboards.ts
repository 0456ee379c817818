import { addDashboardDataRoute } from '../dashboards/data/dashboardDataRoute.js';
import { dashboardRules } from '../dashboards/dashboardRules.js';
import { isDashboardVisible } from '../dashboards/isDashboardVisible.js';
import { addVersionedDocumentRoutes } from '../documents/addVersionedDocumentRoutes.js';
import { ApiRouter } from '../http/ApiRouter.js';
import type { ServerContext } from '../ServerContext.js';

/**
 * Dashboards, stored per app with drafts and published versions exactly as forms are (the shared
 * versioned-document routes): admins create and save drafts (If-Match) and publish them as
 * version N+1; everyone else sees the published, live dashboards and gets 404 for anything else —
 * drafts included. Plus the data route answering every widget's figures.
 */
export function dashboardRoutes(context: ServerContext): ApiRouter {
  const api = new ApiRouter();
  const findVisibleDashboard = addVersionedDocumentRoutes(api, context, {
    rules: dashboardRules,
    collection: 'dashboards',
    tag: 'dashboards',
    schemaName: 'DashboardSchema',
    schemaDescription: 'A DashboardSchema document (kind "dashboard"), checked by the engine; its widgets read forms of the same app',
    idPrefix: 'dsh',
    isVisible: isDashboardVisible,
  });
  addDashboardDataRoute(api, context, findVisibleDashboard);
  return api;
}
