import { parseDashboardSchema, type DashboardSchema, type FormSchema, type Locale, type LocalizedText } from '@formwork/runtime';
import type { FormDocument, FormSummary } from '../api/ApiTypes.js';
import type { DashboardApi, DashboardPreview, DashboardVersionSummary } from '../api/DashboardApi.js';
import { isArchived } from '../api/isArchived.js';
import { dashboardMessages as m } from '../i18n/dashboardMessages.js';
import { createDocumentSession, type DocumentSession, type DocumentSessionState } from '../session/createDocumentSession.js';
import type { DashboardStore } from './createDashboardStore.js';

/** A form of the app as the pickers read it: the published schema (what records follow), else the draft. */
export interface DashboardSourceForm {
  readonly id: string;
  readonly title: string;
  readonly schema: FormSchema;
}

/** The live preview: not asked yet, being computed, the answer, or why there is none. */
export type DashboardPreviewState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  /** `dashboard`: the draft the figures were computed for (the store may have moved on since). */
  | { readonly status: 'ready'; readonly answer: DashboardPreview; readonly dashboard: DashboardSchema }
  | { readonly status: 'error'; readonly reason: LocalizedText };

/** The dashboard designer's own part of the ready state. */
export interface DashboardSessionExtra {
  readonly forms: readonly DashboardSourceForm[];
  readonly preview: DashboardPreviewState;
}

/** Where the dashboard is with the server: one state, never a set of flags. */
export type DashboardSessionState = DocumentSessionState<DashboardSchema, DashboardVersionSummary, DashboardSessionExtra>;

export interface DashboardSession extends Pick<DocumentSession<DashboardSchema, DashboardVersionSummary, DashboardSessionExtra>, 'state' | 'load' | 'save' | 'publish'> {
  /** Saves the draft if needed, then asks the server for every widget's data on the stored records. */
  preview(): Promise<void>;
  /** A published version's document as the server sent it (parse it before trusting it). */
  loadVersion(version: number): Promise<unknown>;
}

/** What the session needs of the API: the dashboard calls and the app's forms. */
export type DashboardSessionApi = DashboardApi & {
  listForms(appId: string): Promise<readonly FormSummary[]>;
  getForm(formId: string): Promise<FormDocument>;
};

/**
 * The dashboard designer's conversation with the server, with no React in it: reads the draft
 * and the app's live forms (their fields feed the pickers), saves with If-Match, publishes, and
 * previews the saved draft through the server's own data path.
 */
export function createDashboardSession(options: { readonly api: DashboardSessionApi; readonly appId: string; readonly dashboardId: string; readonly locale: () => Locale; readonly store: DashboardStore }): DashboardSession {
  const { api, dashboardId, store } = options;
  const session = createDocumentSession<DashboardSchema, DashboardVersionSummary, DashboardSessionExtra>({
    messages: { ...m, published: m.publishedNow, codes: { stale_draft: m.staleDraft } },
    locale: options.locale,
    edited: {
      current: () => store.getState().dashboard,
      saved: () => store.getState().savedDashboard,
      markSaved: (dashboard) => store.getState().markSaved(dashboard),
      load: (dashboard) => store.getState().load(dashboard),
    },
    fetch: () => api.getDashboard(dashboardId),
    prepare: async () => {
      const summaries = await api.listForms(options.appId);
      const forms = await Promise.all(summaries.filter((form) => !isArchived(form)).map((form) => api.getForm(form.id)));
      const sources = forms.map((form) => ({ id: form.id, title: form.title, schema: form.published?.schema ?? form.draft }));
      store.getState().setForms(sources.map(({ id, title }) => ({ id, title })));
      return { forms: sources, preview: { status: 'idle' } };
    },
    parse: parseDashboardSchema,
    write: async (dashboard, revision) => {
      // A dashboard is created (from the app's list) before it is opened: it always has a revision.
      if (revision === null) throw new Error(`dashboard ${dashboardId} has no draft revision`);
      return api.saveDashboard(dashboardId, dashboard, revision);
    },
    publish: (revision) => api.publishDashboard(dashboardId, revision),
  });

  return {
    state: session.state,
    load: session.load,
    save: session.save,
    publish: session.publish,
    loadVersion: async (version) => (await api.getDashboardVersion(dashboardId, version)).schema,
    preview: async () => {
      if (!(await session.save())) {
        session.update({ preview: { status: 'error', reason: m.previewNotSaved } });
        return;
      }
      const dashboard = store.getState().dashboard;
      session.update({ preview: { status: 'loading' } });
      try {
        const answer = await api.previewDashboard(dashboardId);
        session.update({ preview: { status: 'ready', answer, dashboard } });
      } catch (error) {
        session.update({ preview: { status: 'error', reason: session.failure(error, m.previewFailed) } });
      }
    },
  };
}
