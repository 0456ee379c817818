import { parseDashboardSchema, type DashboardSchema, type FormSchema, type Locale, type LocalizedText } from '@formwork/runtime';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { ApiError } from '../api/ApiError.js';
import type { FormDocument, FormSummary } from '../api/ApiTypes.js';
import type { DashboardApi, DashboardDocument, DashboardPreview, DashboardVersionSummary } from '../api/DashboardApi.js';
import { isArchived } from '../api/isArchived.js';
import { fillText } from '../i18n/fillText.js';
import { dashboardMessages as m } from '../i18n/dashboardMessages.js';
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

/** Where the dashboard is with the server: one state, never a set of flags. */
export type DashboardSessionState =
  | { readonly phase: 'loading' }
  | { readonly phase: 'failed'; readonly reason: LocalizedText }
  | {
      readonly phase: 'ready';
      readonly revision: number;
      readonly versions: readonly DashboardVersionSummary[];
      readonly forms: readonly DashboardSourceForm[];
      readonly busy: boolean;
      /** What the last save or publish came to. */
      readonly notice: { readonly kind: 'ok' | 'error'; readonly text: LocalizedText } | null;
      readonly preview: DashboardPreviewState;
    };

type Ready = Extract<DashboardSessionState, { phase: 'ready' }>;

export interface DashboardSession {
  readonly state: StoreApi<DashboardSessionState>;
  load(): Promise<void>;
  /** Saves the draft when it changed; true when the server holds what the store shows. */
  save(): Promise<boolean>;
  publish(): Promise<void>;
  /** Saves the draft if needed, then asks the server for every widget's data on the stored records. */
  preview(): Promise<void>;
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
  const state = createStore<DashboardSessionState>(() => ({ phase: 'loading' }));
  const ready = (): Ready | null => {
    const current = state.getState();
    return current.phase === 'ready' ? current : null;
  };
  const update = (patch: Partial<Ready>): void => {
    const current = ready();
    if (current) state.setState({ ...current, ...patch }, true);
  };
  const failure = (error: unknown, template: LocalizedText): LocalizedText => {
    if (error instanceof ApiError && error.code === 'stale_draft') return m.staleDraft;
    return fillText(template, { message: error instanceof Error ? error.message : String(error) });
  };
  const adopt = (document: DashboardDocument): void => update({ revision: document.draftRevision, versions: document.versions });

  const saveNow = async (): Promise<boolean> => {
    const current = ready();
    if (!current || current.busy) return false;
    const dashboard = store.getState().dashboard;
    if (dashboard === store.getState().savedDashboard) return true;
    update({ busy: true, notice: null });
    try {
      const saved = await api.saveDashboard(dashboardId, dashboard, current.revision);
      store.getState().markSaved(dashboard);
      adopt(saved);
      update({ busy: false, notice: { kind: 'ok', text: m.saved } });
      return true;
    } catch (error) {
      update({ busy: false, notice: { kind: 'error', text: failure(error, m.saveFailed) } });
      return false;
    }
  };
  // A save asked for while one is under way (Save, then Refresh preview at once) waits for it,
  // then saves whatever changed since, instead of being refused as busy: the preview that asked
  // is never silently dropped.
  let saving: Promise<boolean> | null = null;
  const save = async (): Promise<boolean> => {
    while (saving) await saving;
    const mine = saveNow().finally(() => {
      if (saving === mine) saving = null;
    });
    saving = mine;
    return mine;
  };

  return {
    state,
    load: async () => {
      state.setState({ phase: 'loading' }, true);
      try {
        const [document, summaries] = await Promise.all([api.getDashboard(dashboardId), api.listForms(options.appId)]);
        const forms = await Promise.all(summaries.filter((form) => !isArchived(form)).map((form) => api.getForm(form.id)));
        const parsed = parseDashboardSchema(document.draft);
        if (!parsed.ok) {
          const first = parsed.errors[0];
          state.setState({ phase: 'failed', reason: fillText(m.unreadable, { problem: first ? `${first.pointer} ${first.message[options.locale()]}` : '' }) }, true);
          return;
        }
        const sources = forms.map((form) => ({ id: form.id, title: form.title, schema: form.published?.schema ?? form.draft }));
        store.getState().setForms(sources.map(({ id, title }) => ({ id, title })));
        store.getState().load(parsed.value);
        state.setState({ phase: 'ready', revision: document.draftRevision, versions: document.versions, forms: sources, busy: false, notice: null, preview: { status: 'idle' } }, true);
      } catch (error) {
        state.setState({ phase: 'failed', reason: failure(error, m.loadFailed) }, true);
      }
    },
    save,
    publish: async () => {
      if (!(await save())) return;
      const current = ready();
      if (!current) return;
      update({ busy: true, notice: null });
      try {
        const { version } = await api.publishDashboard(dashboardId, current.revision);
        adopt(await api.getDashboard(dashboardId));
        update({ busy: false, notice: { kind: 'ok', text: fillText(m.publishedNow, { version }) } });
      } catch (error) {
        update({ busy: false, notice: { kind: 'error', text: failure(error, m.publishFailed) } });
      }
    },
    preview: async () => {
      if (!(await save())) {
        update({ preview: { status: 'error', reason: m.previewNotSaved } });
        return;
      }
      const dashboard = store.getState().dashboard;
      update({ preview: { status: 'loading' } });
      try {
        const answer = await api.previewDashboard(dashboardId);
        update({ preview: { status: 'ready', answer, dashboard } });
      } catch (error) {
        update({ preview: { status: 'error', reason: failure(error, m.previewFailed) } });
      }
    },
  };
}
