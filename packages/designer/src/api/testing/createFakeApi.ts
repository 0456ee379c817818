import { checkWorkflowPublish, parseWorkflowSchema, type FormSchema, type WorkflowSchema } from '@formwork/runtime';
import { ApiError } from '../ApiError.js';
import type { AppDetails } from '../AppApi.js';
import type { DepartmentNode, DirectoryUser, FormDocument, FormVersionSummary, SessionUser } from '../ApiTypes.js';
import type { ApiClient } from '../createApiClient.js';
import type { OrgRoleSummary } from '../RoleApi.js';
import type { WorkflowDocument } from '../WorkflowApi.js';
import { createFakeDashboardApi } from './createFakeDashboardApi.js';
import { createFakeOrgApi } from './createFakeOrgApi.js';
import { createFakeScoringApi } from './createFakeScoringApi.js';
import { createFakeTemplateApi } from './createFakeTemplateApi.js';

interface StoredForm {
  id: string;
  appId: string;
  draft: FormSchema;
  draftRevision: number;
  versions: (FormVersionSummary & { schema: FormSchema })[];
  archivedAt: string | null;
}

/** The time the fake server stamps on an archived form. */
export const fakeArchivedAt = '2024-05-06T08:00:00.000Z';

/** An in-memory server for component tests: the calls the designer makes, with If-Match checks. */
export function createFakeApi(
  options: { user?: SessionUser | null; password?: string; users?: readonly DirectoryUser[]; departments?: readonly DepartmentNode[]; roles?: readonly OrgRoleSummary[] } = {},
) {
  let user: SessionUser | null = options.user === undefined ? { id: 'u_1', username: 'admin', name: 'Admin', role: 'admin' } : options.user;
  const apps: AppDetails[] = [];
  const forms = new Map<string, StoredForm>();
  const calls: { method: string; args: unknown[] }[] = [];
  const workflows = new Map<string, { draft: WorkflowSchema; draftRevision: number; versions: { version: number; publishedAt: string; publishedBy: string; schema: WorkflowSchema }[] }>();
  const workflowDocument = (formId: string): WorkflowDocument => {
    const stored = workflows.get(formId);
    if (!stored) throw new ApiError(404, 'not_found', 'no workflow');
    const last = stored.versions.at(-1);
    return {
      draft: stored.draft,
      draftRevision: stored.draftRevision,
      published: last ? { version: last.version, publishedAt: last.publishedAt } : null,
      versions: stored.versions.map(({ schema: _schema, ...summary }) => summary),
    };
  };
  let next = 0;
  const document = (form: StoredForm): FormDocument => {
    const last = form.versions[form.versions.length - 1];
    return {
      id: form.id,
      appId: form.appId,
      title: form.draft.title,
      draft: form.draft,
      draftRevision: form.draftRevision,
      published: last ? { version: last.version, schema: last.schema } : null,
      versions: form.versions.map(({ schema: _schema, ...summary }) => summary),
      archivedAt: form.archivedAt,
      archivedBy: form.archivedAt === null ? null : 'u_1',
      // As the server: a public link while the published version opens one and the form is live.
      publicUrl: last?.schema.settings?.publicLink?.enabled === true && form.archivedAt === null ? `/p/token_${form.id}` : null,
    };
  };
  // Pages are opened on apps tests never created (`app_1`): each is a blank app the first time it is read.
  const appNamed = (appId: string): AppDetails => {
    const found = apps.find((each) => each.id === appId);
    if (found) return found;
    const app: AppDetails = { id: appId, name: appId, description: '', icon: null, color: null, quickForms: [] };
    apps.push(app);
    return app;
  };
  const formOf = (id: string): StoredForm => {
    const form = forms.get(id);
    if (!form) throw new ApiError(404, 'not_found', 'no such form');
    return form;
  };
  const api: ApiClient = {
    // The organisation screens have their own fake (`createFakeOrgApi`), which keeps the roles a test gives.
    ...createFakeOrgApi(options.roles ? { roles: options.roles } : {}).api,
    // Dashboards have their own fake (`createFakeDashboardApi`), whose preview tests can feed.
    ...createFakeDashboardApi().api,
    // Scoring schemes too (`createFakeScoringApi`), whose preview runs the engine on inputs tests give.
    ...createFakeScoringApi().api,
    // The template gallery too (`createFakeTemplateApi`), which tests can hold mid-install.
    ...createFakeTemplateApi().api,
    login: async (username, password) => {
      calls.push({ method: 'login', args: [username] });
      if (password !== (options.password ?? 'secret')) throw new ApiError(401, 'unauthorized', 'bad credentials');
      user = { id: 'u_1', username, name: username, role: 'admin' };
      return user;
    },
    logout: async () => {
      user = null;
    },
    me: async () => user,
    listApps: async () => [...apps],
    createApp: async ({ name }) => {
      const app: AppDetails = { id: `app_${++next}`, name, description: '', icon: null, color: null, quickForms: [] };
      apps.push(app);
      return app;
    },
    getApp: async (appId) => appNamed(appId),
    updateApp: async (appId, changes) => {
      calls.push({ method: 'updateApp', args: [appId, changes] });
      const app = appNamed(appId);
      const index = apps.indexOf(app);
      // As the server: only forms of the app may be quick forms.
      const stranger = changes.quickForms?.findIndex((formId) => forms.get(formId)?.appId !== appId) ?? -1;
      if (stranger >= 0) throw new ApiError(400, 'invalid_body', 'not a form of this app', [{ pointer: `/quickForms/${stranger}` }]);
      const changed = { ...app, ...changes };
      apps[index] = changed;
      return changed;
    },
    listForms: async (appId) =>
      [...forms.values()]
        .filter((form) => form.appId === appId)
        .map((form) => ({ id: form.id, appId, title: form.draft.title, archivedAt: form.archivedAt })),
    createForm: async (appId, schema) => {
      const form: StoredForm = { id: `frm_${++next}`, appId, draft: schema, draftRevision: 1, versions: [], archivedAt: null };
      forms.set(form.id, form);
      return { id: form.id, appId, title: schema.title, archivedAt: null };
    },
    getForm: async (formId) => document(formOf(formId)),
    saveDraft: async (formId, schema, revision) => {
      calls.push({ method: 'saveDraft', args: [formId, schema, revision] });
      const form = formOf(formId);
      if (form.draftRevision !== revision) throw new ApiError(409, 'stale', 'someone else saved');
      form.draft = schema;
      form.draftRevision++;
      return { draftRevision: form.draftRevision };
    },
    publish: async (formId, revision) => {
      const form = formOf(formId);
      if (revision !== undefined && revision !== form.draftRevision) throw new ApiError(409, 'stale', 'someone else saved');
      const version = form.versions.length + 1;
      form.versions.push({ version, publishedAt: 1_700_000_000_000, publishedBy: 'u_1', schema: form.draft });
      return { version };
    },
    getFormVersion: async (formId, version) => {
      calls.push({ method: 'getFormVersion', args: [formId, version] });
      const found = formOf(formId).versions.find((candidate) => candidate.version === version);
      if (!found) throw new ApiError(404, 'not_found', 'No such version');
      return found;
    },
    archiveForm: async (formId) => {
      calls.push({ method: 'archiveForm', args: [formId] });
      const form = formOf(formId);
      if (form.archivedAt !== null) throw new ApiError(409, 'form_archived', 'This form is archived');
      form.archivedAt = fakeArchivedAt;
      return document(form);
    },
    unarchiveForm: async (formId) => {
      calls.push({ method: 'unarchiveForm', args: [formId] });
      const form = formOf(formId);
      if (form.archivedAt === null) throw new ApiError(409, 'form_not_archived', 'This form is not archived');
      form.archivedAt = null;
      return document(form);
    },
    listUsers: async () => options.users ?? [],
    listDepartments: async () => options.departments ?? [],
    // As the server: the draft parsed and bound to its form, If-Match after the first save, the
    // publish checks against the form's published version (faults in English here).
    getWorkflow: async (formId) => (workflows.has(formId) ? workflowDocument(formId) : null),
    saveWorkflow: async (formId, schema, revision) => {
      calls.push({ method: 'saveWorkflow', args: [formId, schema, revision] });
      formOf(formId);
      const parsed = parseWorkflowSchema({ ...schema, formId });
      if (!parsed.ok) throw new ApiError(400, 'invalid_schema', 'The workflow schema is invalid', parsed.errors.map((issue) => ({ pointer: issue.pointer, code: issue.code, message: issue.message.en })));
      const stored = workflows.get(formId);
      if (stored && revision !== stored.draftRevision) throw new ApiError(409, 'stale_draft', 'someone else saved', { currentRevision: stored.draftRevision });
      workflows.set(formId, { draft: parsed.value, draftRevision: (stored?.draftRevision ?? 0) + 1, versions: stored?.versions ?? [] });
      return workflowDocument(formId);
    },
    publishWorkflow: async (formId, revision) => {
      calls.push({ method: 'publishWorkflow', args: [formId, revision] });
      const stored = workflows.get(formId);
      if (!stored) throw new ApiError(404, 'not_found', 'no workflow');
      if (revision !== stored.draftRevision) throw new ApiError(409, 'stale_draft', 'someone else saved');
      const form = formOf(formId).versions.at(-1)?.schema;
      if (!form) throw new ApiError(409, 'form_not_published', 'Publish the form first');
      const faults = checkWorkflowPublish(stored.draft, form);
      if (faults.length > 0) throw new ApiError(400, 'invalid_schema', 'The workflow schema is invalid', faults.map((issue) => ({ pointer: issue.pointer, code: issue.code, message: issue.message.en })));
      const version = stored.versions.length + 1;
      stored.versions.push({ version, publishedAt: '2024-05-06T08:00:00.000Z', publishedBy: 'u_1', schema: stored.draft });
      return { version };
    },
  };
  return {
    api,
    calls,
    forms,
    workflows,
    /** What another admin's save does to the server's copy. */
    saveElsewhere(formId: string, schema: FormSchema): void {
      const form = formOf(formId);
      form.draft = schema;
      form.draftRevision++;
    },
  };
}
