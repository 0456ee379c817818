import { parseDashboardSchema } from '@formwork/runtime';
import { ApiError } from '../api/ApiError.js';
import type { DashboardApi, DashboardDocument } from '../api/DashboardApi.js';

/**
 * Renames a dashboard from the app's list: reads its draft, saves it with the new title at the
 * revision just read (a 409 when someone saved in between). The published version keeps its
 * title until the next publish, as any other draft change.
 */
export async function renameDashboard(api: DashboardApi, dashboardId: string, title: string): Promise<DashboardDocument> {
  const document = await api.getDashboard(dashboardId);
  const parsed = parseDashboardSchema(document.draft);
  if (!parsed.ok) throw new ApiError(0, 'invalid_schema', parsed.errors[0]?.message.en ?? 'The draft cannot be read');
  return api.saveDashboard(dashboardId, { ...parsed.value, title }, document.draftRevision);
}
