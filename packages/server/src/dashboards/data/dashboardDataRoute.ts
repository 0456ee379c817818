import { parseDashboardSchema } from '@formwork/runtime';
import { invalidDashboardSchema } from '../checkDashboardSchema.js';
import type { ApiRouter } from '../../http/ApiRouter.js';
import { HttpError } from '../../http/HttpError.js';
import { v } from '../../http/validation/v.js';
import { viewerOf } from '../../permissions/Viewer.js';
import type { ServerContext } from '../../ServerContext.js';
import type { VersionedDocument } from '../../storage/DocumentStore.js';
import type { User } from '../../storage/UserStore.js';
import { computeDashboardData } from './computeDashboardData.js';
import { localizeDashboardData } from './localizeDashboardData.js';

const dataBody = v.object({
  filters: v.optional(
    v.json(
      'Filter values keyed by dashboard filter id: dateRange {from?, to?} (local days YYYY-MM-DD, both ends included), member user id(s), department id(s) (sub-departments included), field value(s); null or absent: not applied',
    ),
  ),
});

/**
 * `POST /api/dashboards/:id/data { filters }`: every widget's data of the published version in
 * one call (`computeDashboardData`), in the caller's row scope unless the dashboard shows
 * everyone's numbers; `?draft=true` lets an admin preview the draft (the designer's live
 * preview). Added to the dashboards router, whose visibility check it takes.
 */
export function addDashboardDataRoute(api: ApiRouter, context: ServerContext, findVisibleDashboard: (user: User, id: string) => Promise<VersionedDocument>): void {
  api.route(
    {
      method: 'post',
      path: '/api/dashboards/:id/data',
      summary: "Every widget's data in one call, in the caller's row scope",
      description:
        "Each widget answers {id, type, data} (the runtime's WidgetData) or {id, type, error: {code, message, details}} naming the widget; the others still answer. Numbers are SQL aggregates over the records the caller may see, or over all records when the dashboard's dataScope is 'all' (record tables stay in the caller's own scope). Cached per dashboard version, filters and scope until a form it reads is written.",
      tags: ['dashboards'],
      access: 'signedIn',
      body: dataBody,
      query: v.object({ draft: v.optional(v.oneOf(['true', 'false'])) }),
      responses: {
        200: {
          description: 'The widgets in dashboard order, when the numbers were computed, and whether from the cache',
          schema: { type: 'object', properties: { widgets: { type: 'array', items: { type: 'object' } }, computedAt: { type: 'string' }, cached: { type: 'boolean' } } },
        },
        400: { description: 'invalid_body: an unknown filter id or a filter value of the wrong shape (pointer /filters/<id>)' },
        404: { description: 'No such dashboard, or not yours to see' },
        409: { description: 'dashboard_not_published: nothing published yet (admins may preview the draft with ?draft=true)' },
      },
    },
    async ({ body, query, user, locale, param }) => {
      const dashboard = await findVisibleDashboard(user, param('id'));
      const preview = query.draft === 'true' && user.role === 'admin';
      const source = preview
        ? { version: `draft:${String(dashboard.draftRevision)}`, schema: dashboard.draft }
        : dashboard.published && { version: dashboard.published.version, schema: dashboard.published.schema };
      if (!source) {
        throw new HttpError(409, 'dashboard_not_published', { 'zh-CN': '仪表盘尚未发布', en: 'The dashboard has not been published yet' });
      }
      // Stored schemas were checked when saved; parsing again migrates one an older engine wrote.
      const parsed = parseDashboardSchema(source.schema);
      if (!parsed.ok) throw invalidDashboardSchema(parsed.errors);
      const viewer = await viewerOf(context.stores, user);
      const data = await computeDashboardData(context, viewer, { id: dashboard.id, version: source.version, schema: parsed.value }, body.filters);
      return localizeDashboardData(data, locale);
    },
  );
}
