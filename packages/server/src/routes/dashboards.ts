import { requireValidDashboardSchema } from '../dashboards/checkDashboardSchema.js';
import { addDashboardDataRoute } from '../dashboards/data/dashboardDataRoute.js';
import { dashboardSummarySchema, dashboardVersionListSchema, dashboardViewSchema, toDashboardSummary, toDashboardVersionSummary, toDashboardView } from '../dashboards/dashboardView.js';
import { isDashboardVisible } from '../dashboards/isDashboardVisible.js';
import { publishDashboard } from '../dashboards/publishDashboard.js';
import { staleDashboardDraft } from '../dashboards/staleDashboardDraft.js';
import { ApiRouter } from '../http/ApiRouter.js';
import { notFound } from '../http/httpErrors.js';
import { readIfMatchRevision } from '../http/ifMatch.js';
import { v } from '../http/validation/v.js';
import type { ServerContext } from '../ServerContext.js';
import type { VersionedDocument } from '../storage/DocumentStore.js';
import type { User } from '../storage/UserStore.js';

const schemaBody = v.object({ schema: v.json('A DashboardSchema document (kind "dashboard"), checked by the engine; its widgets read forms of the same app') });

const ifMatchHeader = { 'If-Match': 'The draftRevision you read (optional); a stale one is a 409' };

/**
 * Dashboards, stored per app with drafts and published versions exactly as forms are: admins
 * create and save drafts (If-Match) and publish them as version N+1; everyone else sees the
 * published, live dashboards and gets 404 for anything else — drafts included.
 */
export function dashboardRoutes(context: ServerContext): ApiRouter {
  const { stores } = context;
  const api = new ApiRouter();

  const findVisibleDashboard = async (user: User, id: string): Promise<VersionedDocument> => {
    const dashboard = await stores.documents.findById(id);
    if (!dashboard || !isDashboardVisible(user, dashboard)) throw notFound();
    return dashboard;
  };

  api.route(
    {
      method: 'post',
      path: '/api/apps/:appId/dashboards',
      summary: 'Create a dashboard in an app, with its schema as the first draft',
      tags: ['dashboards'],
      access: 'admin',
      body: schemaBody,
      responses: {
        201: { description: 'Created (nothing published yet); the ETag is the draft revision', schema: dashboardViewSchema },
        400: { description: 'invalid_schema: details list the JSON pointers (into the schema) at fault' },
        404: { description: 'No such app' },
      },
    },
    async ({ res, body, user, param }) => {
      const dashboard = await stores.transaction(async (tx) => {
        const app = await tx.apps.findById(param('appId'));
        if (!app) throw notFound();
        const schema = await requireValidDashboardSchema(tx, app.id, body.schema);
        return tx.documents.create({ id: context.newId('dsh'), kind: 'dashboard', appId: app.id, formId: null, draft: schema, createdBy: user.id, createdAt: context.now() });
      });
      res.status(201).set('ETag', `"${String(dashboard.draftRevision)}"`);
      return toDashboardView(dashboard, []);
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/apps/:appId/dashboards',
      summary: "An app's dashboards (non-admins: the published, live ones)",
      tags: ['dashboards'],
      access: 'signedIn',
      responses: {
        200: { description: 'The dashboards, oldest first', schema: { type: 'object', properties: { items: { type: 'array', items: dashboardSummarySchema } } } },
        404: { description: 'No such app, or nothing in it for you' },
      },
    },
    async ({ user, param }) => {
      const app = await stores.apps.findById(param('appId'));
      if (!app) throw notFound();
      const dashboards = (await stores.documents.listByApp(app.id, 'dashboard')).filter((dashboard) => isDashboardVisible(user, dashboard));
      if (user.role === 'admin') return { items: dashboards.map((dashboard) => toDashboardSummary(dashboard, true)) };
      // As for forms: an app with nothing for this user answers as if it were not there.
      if (dashboards.length === 0) throw notFound();
      return { items: dashboards.map((dashboard) => toDashboardSummary(dashboard, false)) };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/dashboards/:id',
      summary: 'A dashboard: published version, and for admins the draft, its revision and the versions',
      tags: ['dashboards'],
      access: 'signedIn',
      responses: {
        200: { description: 'The dashboard (ETag: the draft revision, admins only)', schema: dashboardViewSchema },
        404: { description: 'No such dashboard, or not yours to see' },
      },
    },
    async ({ res, user, param }) => {
      const dashboard = await findVisibleDashboard(user, param('id'));
      if (user.role !== 'admin') return toDashboardView(dashboard, null);
      res.set('ETag', `"${String(dashboard.draftRevision)}"`);
      return toDashboardView(dashboard, await stores.documents.listVersions(dashboard.id));
    },
  );

  api.route(
    {
      method: 'put',
      path: '/api/dashboards/:id',
      summary: 'Save the draft (optimistic concurrency with If-Match)',
      tags: ['dashboards'],
      access: 'admin',
      body: schemaBody,
      headers: ifMatchHeader,
      responses: {
        200: { description: 'Saved; the new draftRevision is in the body and the ETag', schema: dashboardViewSchema },
        400: { description: 'invalid_schema' },
        404: { description: 'No such dashboard' },
        409: { description: 'stale_draft: someone saved since your If-Match revision (details.currentRevision)' },
      },
    },
    async ({ req, res, body, user, param }) => {
      const expected = readIfMatchRevision(req);
      const dashboard = await stores.transaction(async (tx) => {
        const current = await tx.documents.findById(param('id'));
        if (current?.kind !== 'dashboard') throw notFound();
        if (expected !== undefined && expected !== current.draftRevision) throw staleDashboardDraft(current.draftRevision);
        const schema = await requireValidDashboardSchema(tx, current.appId, body.schema);
        const saved = await tx.documents.saveDraft(current.id, schema, current.draftRevision, user.id, context.now());
        if (saved === undefined) throw staleDashboardDraft(current.draftRevision);
        return (await tx.documents.findById(current.id)) ?? current;
      });
      res.set('ETag', `"${String(dashboard.draftRevision)}"`);
      return toDashboardView(dashboard, await stores.documents.listVersions(dashboard.id));
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/dashboards/:id/publish',
      summary: 'Publish the draft as the next version',
      description: 'Versions are append-only and numbered 1, 2, 3…; a draft equal to the published version publishes nothing (created: false).',
      tags: ['dashboards'],
      access: 'admin',
      headers: ifMatchHeader,
      responses: {
        200: {
          description: 'Published',
          schema: { type: 'object', properties: { version: { type: 'integer' }, created: { type: 'boolean' }, publishedAt: { type: 'string' } } },
        },
        400: { description: 'invalid_schema (the draft no longer passes the checks)' },
        404: { description: 'No such dashboard' },
        409: { description: 'stale_draft' },
      },
    },
    async ({ req, user, param }) => {
      const result = await publishDashboard(context, param('id'), user.id, readIfMatchRevision(req));
      return { ...result, publishedAt: new Date(result.publishedAt).toISOString() };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/dashboards/:id/versions',
      summary: "A dashboard's published versions, oldest first",
      tags: ['dashboards'],
      access: 'admin',
      responses: { 200: { description: 'The versions', schema: dashboardVersionListSchema }, 404: { description: 'No such dashboard' } },
    },
    async ({ param }) => {
      const dashboard = await stores.documents.findById(param('id'));
      if (dashboard?.kind !== 'dashboard') throw notFound();
      return { items: (await stores.documents.listVersions(dashboard.id)).map(toDashboardVersionSummary) };
    },
  );

  addDashboardDataRoute(api, context, findVisibleDashboard);

  return api;
}
