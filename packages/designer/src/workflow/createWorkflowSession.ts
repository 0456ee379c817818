import { parseWorkflowSchema, type Locale, type LocalizedText, type WorkflowSchema } from '@formwork/runtime';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { ApiError } from '../api/ApiError.js';
import { workflowFaultsOf, type WorkflowApi, type WorkflowDocument, type WorkflowFault, type WorkflowVersionSummary } from '../api/WorkflowApi.js';
import { fillText } from '../i18n/fillText.js';
import { workflowMessages as m } from '../i18n/workflowMessages.js';
import type { WorkflowStore } from './createWorkflowStore.js';
import { starterWorkflow } from './starterWorkflow.js';

/** Where the form's workflow is with the server: one state, never a set of flags. */
export type WorkflowSessionState =
  | { readonly phase: 'loading' }
  | { readonly phase: 'failed'; readonly reason: LocalizedText }
  | {
      readonly phase: 'ready';
      /** The draft revision to send in If-Match; `null` before the first save creates the workflow. */
      readonly revision: number | null;
      readonly versions: readonly WorkflowVersionSummary[];
      readonly busy: boolean;
      /** What the last save or publish came to. */
      readonly notice: { readonly kind: 'ok' | 'error'; readonly text: LocalizedText } | null;
      /** The faults of the last refused publish, as the server sent them. */
      readonly faults: readonly WorkflowFault[];
      /** The document those faults' pointers point into: after an edit they may point elsewhere. */
      readonly faultsFor: WorkflowSchema | null;
    };

export interface WorkflowSession {
  readonly state: StoreApi<WorkflowSessionState>;
  load(): Promise<void>;
  save(): Promise<boolean>;
  publish(): Promise<void>;
}

/**
 * The flow designer's conversation with the server, with no React in it: reads the form's workflow
 * (or starts one: initiator → manager approval → end), saves the draft with If-Match, publishes it
 * and keeps the faults the server refused it for.
 */
export function createWorkflowSession(options: { readonly api: WorkflowApi; readonly formId: string; readonly formTitle: () => string; readonly locale: () => Locale; readonly store: WorkflowStore }): WorkflowSession {
  const { api, formId, store } = options;
  const state = createStore<WorkflowSessionState>(() => ({ phase: 'loading' }));
  const ready = (): Extract<WorkflowSessionState, { phase: 'ready' }> | null => {
    const current = state.getState();
    return current.phase === 'ready' ? current : null;
  };
  const update = (patch: Partial<Extract<WorkflowSessionState, { phase: 'ready' }>>): void => {
    const current = ready();
    if (current) state.setState({ ...current, ...patch }, true);
  };
  const failure = (error: unknown, template: LocalizedText): LocalizedText => {
    if (error instanceof ApiError && error.code === 'stale_draft') return m.staleDraft;
    if (error instanceof ApiError && error.code === 'form_not_published') return m.formNotPublished;
    return fillText(template, { message: error instanceof Error ? error.message : String(error) });
  };
  const adopt = (document: WorkflowDocument): void => {
    update({ revision: document.draftRevision, versions: document.versions });
  };

  const save = async (): Promise<boolean> => {
    const current = ready();
    if (!current || current.busy) return false;
    const workflow = store.getState().workflow;
    update({ busy: true, notice: null });
    try {
      const saved = await api.saveWorkflow(formId, workflow, current.revision);
      store.getState().markSaved(workflow);
      adopt(saved);
      update({ busy: false, notice: { kind: 'ok', text: m.saved } });
      return true;
    } catch (error) {
      update({ busy: false, notice: { kind: 'error', text: failure(error, m.saveFailed) } });
      return false;
    }
  };

  return {
    state,
    load: async () => {
      state.setState({ phase: 'loading' }, true);
      try {
        const document = await api.getWorkflow(formId);
        if (document === null) {
          store.getState().load(starterWorkflow(formId, options.formTitle(), options.locale()));
          state.setState({ phase: 'ready', revision: null, versions: [], busy: false, notice: { kind: 'ok', text: m.notSavedYet }, faults: [], faultsFor: null }, true);
          return;
        }
        const parsed = parseWorkflowSchema(document.draft);
        if (!parsed.ok) {
          const first = parsed.errors[0];
          state.setState({ phase: 'failed', reason: fillText(m.unreadable, { problem: first ? `${first.pointer} ${first.message[options.locale()]}` : '' }) }, true);
          return;
        }
        store.getState().load(parsed.value);
        state.setState({ phase: 'ready', revision: document.draftRevision, versions: document.versions, busy: false, notice: null, faults: [], faultsFor: null }, true);
      } catch (error) {
        state.setState({ phase: 'failed', reason: failure(error, m.loadFailed) }, true);
      }
    },
    save,
    publish: async () => {
      const current = ready();
      if (!current || current.busy) return;
      const unsaved = current.revision === null || store.getState().workflow !== store.getState().savedWorkflow;
      if (unsaved && !(await save())) return;
      const revision = ready()?.revision;
      if (revision === null || revision === undefined) return;
      update({ busy: true, notice: null, faults: [], faultsFor: null });
      try {
        const { version } = await api.publishWorkflow(formId, revision);
        const document = await api.getWorkflow(formId);
        if (document) adopt(document);
        update({ busy: false, notice: { kind: 'ok', text: fillText(m.published, { version }) } });
      } catch (error) {
        const faults = error instanceof ApiError && error.code === 'invalid_schema' ? workflowFaultsOf(error.details) : [];
        update({ busy: false, faults, faultsFor: store.getState().workflow, notice: { kind: 'error', text: faults.length > 0 ? m.publishFaults : failure(error, m.publishFailed) } });
      }
    },
  };
}
