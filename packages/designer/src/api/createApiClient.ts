import type { FormSchema } from '@formwork/runtime';
import { ApiError } from './ApiError.js';
import type { AppApi, AppDetails } from './AppApi.js';
import type { DashboardApi, DashboardDocument, DashboardPreview, DashboardSummary, DashboardVersion } from './DashboardApi.js';
import type { AppSummary, DepartmentNode, DirectoryUser, FormDocument, FormSummary, FormVersion, SessionUser } from './ApiTypes.js';
import type { ImportedUser, OrgApi, UserAccount } from './OrgApi.js';
import type { OrgRole, RoleApi } from './RoleApi.js';
import type { ScoringApi, ScoringDocument, ScoringPreview, ScoringSummary } from './ScoringApi.js';
import type { TemplateApi, TemplateInstallResult, TemplateSummary } from './TemplateApi.js';
import type { WorkflowApi, WorkflowDocument } from './WorkflowApi.js';

/** The calls the designer makes to the server. Every method rejects with an `ApiError`. */
export interface ApiClient extends AppApi, OrgApi, WorkflowApi, DashboardApi, ScoringApi, RoleApi, TemplateApi {
  login(username: string, password: string): Promise<SessionUser>;
  logout(): Promise<void>;
  /** The signed-in user, or `null` when nobody is signed in. */
  me(): Promise<SessionUser | null>;
  listApps(): Promise<readonly AppSummary[]>;
  createApp(app: { readonly name: string; readonly description?: string }): Promise<AppSummary>;
  listForms(appId: string): Promise<readonly FormSummary[]>;
  createForm(appId: string, schema: FormSchema): Promise<FormSummary>;
  getForm(formId: string): Promise<FormDocument>;
  /** Saves the draft if the server still holds `revision`; a 409 `ApiError` when someone else saved. */
  saveDraft(formId: string, schema: FormSchema, revision: number): Promise<{ readonly draftRevision: number }>;
  /** Publishes the draft the server holds at `revision` (a 409 `ApiError` when it moved on). */
  publish(formId: string, revision?: number): Promise<{ readonly version: number }>;
  /** One published version of the form, with its schema (a 404 `ApiError` when there is none). */
  getFormVersion(formId: string, version: number): Promise<FormVersion>;
  /** Hides the form from everyone but admins, keeping its records (a 409 `form_archived` when it already is). */
  archiveForm(formId: string): Promise<FormDocument>;
  /** Puts an archived form back in use (a 409 `form_not_archived` when it is not archived). */
  unarchiveForm(formId: string): Promise<FormDocument>;
  /** The users that may be named in a form's access (`GET /api/users`). */
  listUsers(): Promise<readonly DirectoryUser[]>;
  /** The department tree, roots first (`GET /api/departments`). */
  listDepartments(): Promise<readonly DepartmentNode[]>;
}

/**
 * An ApiClient over `fetch` (injected, so tests pass a fake). Writes send JSON, which the server
 * requires; the session is the server's httpOnly cookie, sent by the browser.
 */
export function createApiClient(fetchImpl: typeof fetch, baseUrl = ''): ApiClient {
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<unknown> => {
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}${path}`, {
        method,
        credentials: 'same-origin',
        // An upload goes as multipart (the browser sets its boundary); X-Requested-With is what
        // the server's CSRF guard asks of a write that is not JSON.
        headers:
          body instanceof FormData
            ? { accept: 'application/json', 'x-requested-with': 'fetch', ...headers }
            : { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        ...(body === undefined ? {} : { body: body instanceof FormData ? body : JSON.stringify(body) }),
      });
    } catch (error) {
      throw new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
    }
    const text = await response.text();
    let payload: unknown = undefined;
    if (text) {
      try {
        payload = JSON.parse(text);
      } catch {
        payload = undefined;
      }
    }
    if (!response.ok) {
      const envelope = isRecord(payload) && isRecord(payload['error']) ? payload['error'] : {};
      const code = typeof envelope['code'] === 'string' ? envelope['code'] : `http_${response.status}`;
      const message = typeof envelope['message'] === 'string' ? envelope['message'] : response.statusText;
      throw new ApiError(response.status, code, message, envelope['details']);
    }
    return payload;
  };

  return {
    login: async (username, password) => pick<SessionUser>(await call('POST', '/api/auth/login', { username, password }), 'user'),
    logout: async () => {
      await call('POST', '/api/auth/logout', {});
    },
    me: async () => {
      try {
        return pick<SessionUser>(await call('GET', '/api/me'), 'user');
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    listApps: async () => list<AppSummary>(await call('GET', '/api/apps'), 'apps'),
    createApp: async (app) => pick<AppSummary>(await call('POST', '/api/apps', app), 'app'),
    getApp: async (appId) => pick<AppDetails>(await call('GET', `/api/apps/${encodeURIComponent(appId)}`), 'app'),
    updateApp: async (appId, changes) => pick<AppDetails>(await call('PATCH', `/api/apps/${encodeURIComponent(appId)}`, changes), 'app'),
    listForms: async (appId) => list<FormSummary>(await call('GET', `/api/apps/${encodeURIComponent(appId)}/forms`), 'forms'),
    createForm: async (appId, schema) =>
      pick<FormSummary>(await call('POST', `/api/apps/${encodeURIComponent(appId)}/forms`, { schema }), 'form'),
    getForm: async (formId) => pick<FormDocument>(await call('GET', `/api/forms/${encodeURIComponent(formId)}`), 'form'),
    saveDraft: async (formId, schema, revision) =>
      pick<{ draftRevision: number }>(
        await call('PUT', `/api/forms/${encodeURIComponent(formId)}`, { schema }, { 'if-match': String(revision) }),
        'form',
      ),
    publish: async (formId, revision) =>
      (await call(
        'POST',
        `/api/forms/${encodeURIComponent(formId)}/publish`,
        {},
        revision === undefined ? {} : { 'if-match': String(revision) },
      )) as { version: number },
    getFormVersion: async (formId, version) => {
      const payload = await call('GET', `/api/forms/${encodeURIComponent(formId)}/versions/${encodeURIComponent(String(version))}`);
      if (!isRecord(payload) || typeof payload['version'] !== 'number') throw new ApiError(0, 'bad_response', 'The server sent no version');
      return payload as unknown as FormVersion;
    },
    archiveForm: async (formId) => pick<FormDocument>(await call('POST', `/api/forms/${encodeURIComponent(formId)}/archive`, {}), 'form'),
    unarchiveForm: async (formId) => pick<FormDocument>(await call('POST', `/api/forms/${encodeURIComponent(formId)}/unarchive`, {}), 'form'),
    listUsers: async () => list<DirectoryUser>(await call('GET', '/api/users'), 'users'),
    listDepartments: async () => list<DepartmentNode>(await call('GET', '/api/departments'), 'departments'),
    getWorkflow: async (formId) => {
      try {
        return (await call('GET', `/api/forms/${encodeURIComponent(formId)}/workflow`)) as WorkflowDocument;
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    saveWorkflow: async (formId, schema, revision) =>
      (await call('PUT', `/api/forms/${encodeURIComponent(formId)}/workflow`, { schema }, revision === null ? {} : { 'if-match': String(revision) })) as WorkflowDocument,
    publishWorkflow: async (formId, revision) =>
      (await call('POST', `/api/forms/${encodeURIComponent(formId)}/workflow/publish`, {}, { 'if-match': String(revision) })) as { version: number },
    listDashboards: async (appId) => list<DashboardSummary>(await call('GET', `/api/apps/${encodeURIComponent(appId)}/dashboards`), 'dashboards'),
    createDashboard: async (appId, schema) => pick<DashboardDocument>(await call('POST', `/api/apps/${encodeURIComponent(appId)}/dashboards`, { schema }), 'dashboard'),
    getDashboard: async (dashboardId) => pick<DashboardDocument>(await call('GET', `/api/dashboards/${encodeURIComponent(dashboardId)}`), 'dashboard'),
    saveDashboard: async (dashboardId, schema, revision) =>
      pick<DashboardDocument>(await call('PUT', `/api/dashboards/${encodeURIComponent(dashboardId)}`, { schema }, { 'if-match': String(revision) }), 'dashboard'),
    publishDashboard: async (dashboardId, revision) =>
      (await call('POST', `/api/dashboards/${encodeURIComponent(dashboardId)}/publish`, {}, { 'if-match': String(revision) })) as { version: number },
    getDashboardVersion: async (dashboardId, version) => {
      const payload = await call('GET', `/api/dashboards/${encodeURIComponent(dashboardId)}/versions/${encodeURIComponent(String(version))}`);
      if (!isRecord(payload) || typeof payload['version'] !== 'number') throw new ApiError(0, 'bad_response', 'The server sent no version');
      return payload as unknown as DashboardVersion;
    },
    previewDashboard: async (dashboardId) => (await call('POST', `/api/dashboards/${encodeURIComponent(dashboardId)}/data?draft=true`, {})) as DashboardPreview,
    listRoles: async () => list<OrgRole>(await call('GET', '/api/roles'), 'roles'),
    createRole: async (role) => pick<OrgRole>(await call('POST', '/api/roles', role), 'role'),
    updateRole: async (id, changes) => pick<OrgRole>(await call('PATCH', `/api/roles/${encodeURIComponent(id)}`, changes), 'role'),
    deleteRole: async (id) => {
      await call('DELETE', `/api/roles/${encodeURIComponent(id)}`);
    },
    listScorings: async (appId) => list<ScoringSummary>(await call('GET', `/api/apps/${encodeURIComponent(appId)}/scorings`), 'scorings'),
    createScoring: async (appId, schema) => pick<ScoringDocument>(await call('POST', `/api/apps/${encodeURIComponent(appId)}/scorings`, { schema }), 'scoring'),
    getScoring: async (scoringId) => pick<ScoringDocument>(await call('GET', `/api/scorings/${encodeURIComponent(scoringId)}`), 'scoring'),
    saveScoring: async (scoringId, schema, revision) =>
      pick<ScoringDocument>(await call('PUT', `/api/scorings/${encodeURIComponent(scoringId)}`, { schema }, { 'if-match': String(revision) }), 'scoring'),
    publishScoring: async (scoringId, revision) =>
      (await call('POST', `/api/scorings/${encodeURIComponent(scoringId)}/publish`, {}, { 'if-match': String(revision) })) as { version: number },
    previewScoring: async (scoringId, period) => (await call('POST', `/api/scorings/${encodeURIComponent(scoringId)}/preview`, { period })) as ScoringPreview,
    listUserAccounts: async () => list<UserAccount>(await call('GET', '/api/users'), 'users'),
    createUser: async (user) => pick<UserAccount>(await call('POST', '/api/users', user), 'user'),
    updateUser: async (id, changes) => pick<UserAccount>(await call('PATCH', `/api/users/${encodeURIComponent(id)}`, changes), 'user'),
    importUsers: async (file, fileName) => {
      const form = new FormData();
      form.append('file', file, fileName);
      return list<ImportedUser>(await call('POST', '/api/users/import', form), 'users');
    },
    userImportTemplateUrl: (format, locale) => `${baseUrl}/api/users/import/template?format=${format}&lang=${encodeURIComponent(locale)}`,
    createDepartment: async (department) => pick<DepartmentNode>(await call('POST', '/api/departments', department), 'department'),
    updateDepartment: async (id, changes) => pick<DepartmentNode>(await call('PATCH', `/api/departments/${encodeURIComponent(id)}`, changes), 'department'),
    listTemplates: async () => list<TemplateSummary>(await call('GET', '/api/templates'), 'templates'),
    installTemplate: async (name, { sampleData }) => (await call('POST', `/api/templates/${encodeURIComponent(name)}/install`, { sampleData })) as TemplateInstallResult,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// The server may answer a resource bare or wrapped (`{ form: … }`); both are accepted.
function pick<T>(payload: unknown, key: string): T {
  if (isRecord(payload) && isRecord(payload[key])) return payload[key] as T;
  return payload as T;
}

function list<T>(payload: unknown, key: string): readonly T[] {
  if (Array.isArray(payload)) return payload as T[];
  if (isRecord(payload)) {
    const items = payload[key] ?? payload['items'];
    if (Array.isArray(items)) return items as T[];
  }
  return [];
}
