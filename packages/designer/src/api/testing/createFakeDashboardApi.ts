import { parseDashboardSchema, type DashboardSchema } from '@formwork/runtime';
import { ApiError } from '../ApiError.js';
import type { DashboardApi, DashboardDocument, DashboardPreview, DashboardVersionSummary } from '../DashboardApi.js';

interface StoredDashboard {
  id: string;
  appId: string;
  draft: DashboardSchema;
  draftRevision: number;
  versions: (DashboardVersionSummary & { schema: DashboardSchema })[];
}

/**
 * An in-memory dashboard server for component tests: drafts parsed as the server does, If-Match
 * on save and publish, and a preview that answers each widget of the saved draft with
 * `preview(widget)` (by default a KPI of 0; tests pass their own figures).
 */
export function createFakeDashboardApi(options: { readonly preview?: (dashboard: DashboardSchema) => DashboardPreview } = {}) {
  const dashboards = new Map<string, StoredDashboard>();
  const calls: { method: string; args: unknown[] }[] = [];
  let next = 0;
  const stored = (id: string): StoredDashboard => {
    const found = dashboards.get(id);
    if (!found) throw new ApiError(404, 'not_found', 'No such dashboard');
    return found;
  };
  const view = (dashboard: StoredDashboard): DashboardDocument => {
    const last = dashboard.versions.at(-1);
    return {
      id: dashboard.id,
      appId: dashboard.appId,
      title: dashboard.draft.title,
      draft: dashboard.draft,
      draftRevision: dashboard.draftRevision,
      published: last ? { version: last.version, publishedAt: last.publishedAt } : null,
      hasUnpublishedChanges: last ? last.schema !== dashboard.draft : true,
      versions: dashboard.versions.map(({ schema: _schema, ...summary }) => summary),
    };
  };
  const check = (schema: unknown): DashboardSchema => {
    const parsed = parseDashboardSchema(schema);
    if (!parsed.ok) throw new ApiError(400, 'invalid_schema', 'The dashboard schema is invalid', parsed.errors.map((issue) => ({ pointer: issue.pointer, code: issue.code, message: issue.message.en })));
    return parsed.value;
  };
  const api: DashboardApi = {
    listDashboards: async (appId) =>
      [...dashboards.values()].filter((dashboard) => dashboard.appId === appId).map((dashboard) => ({ id: dashboard.id, appId, title: dashboard.draft.title, publishedVersion: dashboard.versions.at(-1)?.version ?? null })),
    createDashboard: async (appId, schema) => {
      calls.push({ method: 'createDashboard', args: [appId, schema] });
      const dashboard = { id: `dsh_${++next}`, appId, draft: check(schema), draftRevision: 1, versions: [] };
      dashboards.set(dashboard.id, dashboard);
      return view(dashboard);
    },
    getDashboard: async (id) => view(stored(id)),
    saveDashboard: async (id, schema, revision) => {
      calls.push({ method: 'saveDashboard', args: [id, schema, revision] });
      const dashboard = stored(id);
      if (revision !== dashboard.draftRevision) throw new ApiError(409, 'stale_draft', 'someone else saved', { currentRevision: dashboard.draftRevision });
      dashboard.draft = check(schema);
      dashboard.draftRevision++;
      return view(dashboard);
    },
    publishDashboard: async (id, revision) => {
      calls.push({ method: 'publishDashboard', args: [id, revision] });
      const dashboard = stored(id);
      if (revision !== dashboard.draftRevision) throw new ApiError(409, 'stale_draft', 'someone else saved');
      const version = dashboard.versions.length + 1;
      dashboard.versions.push({ version, publishedAt: '2024-05-06T08:00:00.000Z', publishedBy: 'u_1', schema: dashboard.draft });
      return { version };
    },
    getDashboardVersion: async (id, number) => {
      calls.push({ method: 'getDashboardVersion', args: [id, number] });
      const version = stored(id).versions.find((candidate) => candidate.version === number);
      if (!version) throw new ApiError(404, 'not_found', 'No such version');
      return version;
    },
    previewDashboard: async (id) => {
      calls.push({ method: 'previewDashboard', args: [id] });
      const { draft } = stored(id);
      if (options.preview) return options.preview(draft);
      return { computedAt: '2024-05-06T08:00:00.000Z', widgets: draft.widgets.map((widget) => ({ id: widget.id, type: widget.type, error: { code: 'fake', message: 'Not computed by the fake server' } })) };
    },
  };
  return { api, calls, dashboards };
}
