import { parseScoringSchema, type LocalizedText, type ScoringSchema } from '@formwork/runtime';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { ApiError } from '../api/ApiError.js';
import type { ScoringApi, ScoringPreview, ScoringVersionSummary } from '../api/ScoringApi.js';
import { workflowFaultsOf, type WorkflowFault } from '../api/WorkflowApi.js';
import { fillText } from '../i18n/fillText.js';
import { scoringMessages as m } from '../i18n/scoringMessages.js';
import type { ScoringStore } from './createScoringStore.js';
import { problemsByItem } from './problemsByItem.js';

/** The preview of the saved draft for a period: not asked, being computed, shown, or refused. */
export type ScoringPreviewState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'computing'; readonly period: string }
  | { readonly phase: 'shown'; readonly period: string; readonly sheet: ScoringPreview }
  | { readonly phase: 'failed'; readonly period: string; readonly reason: LocalizedText };

/** Where the scheme is with the server: one state, never a set of flags. */
export type ScoringSessionState =
  | { readonly phase: 'loading' }
  | { readonly phase: 'failed'; readonly reason: LocalizedText }
  | {
      readonly phase: 'ready';
      /** The draft revision to send in If-Match; `null` before the first save creates the scheme. */
      readonly revision: number | null;
      readonly versions: readonly ScoringVersionSummary[];
      readonly busy: boolean;
      /** What the last save or publish came to. */
      readonly notice: { readonly kind: 'ok' | 'error'; readonly text: LocalizedText } | null;
      /** The faults the server refused the last save or publish for (forms or fields it does not have). */
      readonly faults: readonly WorkflowFault[];
      /** The scheme those faults' pointers point into: after an edit they may point elsewhere. */
      readonly faultsFor: ScoringSchema | null;
      readonly preview: ScoringPreviewState;
    };

export type ReadyScoringSession = Extract<ScoringSessionState, { phase: 'ready' }>;

export interface ScoringSession {
  readonly state: StoreApi<ScoringSessionState>;
  load(): Promise<void>;
  save(): Promise<boolean>;
  publish(): Promise<void>;
  /** Saves unsaved changes, then computes the saved draft for `period` on the stored records. */
  preview(period: string): Promise<void>;
}

/**
 * The scoring designer's conversation with the server, with no React in it: reads the scheme,
 * saves the draft with If-Match (not while the engine's checks still find problems: the server
 * would refuse it), publishes it, and previews the saved draft for a period without publishing.
 */
export function createScoringSession(options: {
  readonly api: ScoringApi;
  readonly appId: string;
  /** `null` for a new scheme: the starter is edited locally and the first save creates it (a scheme needs a complete item first). */
  readonly scoringId: string | null;
  readonly store: ScoringStore;
  /** Told the id the first save gave a new scheme, so the page's address can name it. */
  readonly onCreated?: (scoringId: string) => void;
}): ScoringSession {
  const { api, store } = options;
  let scoringId = options.scoringId;
  const state = createStore<ScoringSessionState>(() => ({ phase: 'loading' }));
  const ready = (): ReadyScoringSession | null => {
    const current = state.getState();
    return current.phase === 'ready' ? current : null;
  };
  const update = (patch: Partial<ReadyScoringSession>): void => {
    const current = ready();
    if (current) state.setState({ ...current, ...patch }, true);
  };
  const failure = (error: unknown, template: LocalizedText): LocalizedText => {
    if (error instanceof ApiError && error.code === 'stale_draft') return m.staleDraft;
    return fillText(template, { message: error instanceof Error ? error.message : String(error) });
  };
  const faultsOf = (error: unknown): WorkflowFault[] => (error instanceof ApiError && error.code === 'invalid_schema' ? workflowFaultsOf(error.details) : []);

  const save = async (): Promise<boolean> => {
    const current = ready();
    if (!current || current.busy) return false;
    const scheme: ScoringSchema = store.getState().scheme;
    if (problemsByItem(scheme).length > 0) {
      update({ notice: { kind: 'error', text: m.fixProblemsFirst } });
      return false;
    }
    update({ busy: true, notice: null, faults: [], faultsFor: null });
    try {
      const saved = scoringId === null || current.revision === null ? await api.createScoring(options.appId, scheme) : await api.saveScoring(scoringId, scheme, current.revision);
      if (scoringId === null) {
        scoringId = saved.id;
        options.onCreated?.(saved.id);
      }
      store.getState().markSaved(scheme);
      update({ busy: false, revision: saved.draftRevision, versions: saved.versions, notice: { kind: 'ok', text: m.saved } });
      return true;
    } catch (error) {
      const faults = faultsOf(error);
      update({ busy: false, faults, faultsFor: scheme, notice: { kind: 'error', text: faults.length > 0 ? m.saveFaults : failure(error, m.saveFailed) } });
      return false;
    }
  };
  const saveIfChanged = async (): Promise<boolean> => (ready()?.revision !== null && store.getState().scheme === store.getState().savedScheme ? true : save());

  return {
    state,
    load: async () => {
      state.setState({ phase: 'loading' }, true);
      if (scoringId === null) {
        store.getState().load(store.getState().scheme);
        state.setState({ phase: 'ready', revision: null, versions: [], busy: false, notice: { kind: 'ok', text: m.notSavedYet }, faults: [], faultsFor: null, preview: { phase: 'idle' } }, true);
        return;
      }
      try {
        const document = await api.getScoring(scoringId);
        const parsed = parseScoringSchema(document.draft);
        if (!parsed.ok) {
          const first = parsed.errors[0];
          state.setState({ phase: 'failed', reason: fillText(m.unreadable, { problem: first ? `${first.pointer} ${first.message.en}` : '' }) }, true);
          return;
        }
        store.getState().load(parsed.value);
        state.setState({ phase: 'ready', revision: document.draftRevision, versions: document.versions, busy: false, notice: null, faults: [], faultsFor: null, preview: { phase: 'idle' } }, true);
      } catch (error) {
        state.setState({ phase: 'failed', reason: failure(error, m.loadFailed) }, true);
      }
    },
    save,
    publish: async () => {
      if (!ready() || ready()?.busy === true || !(await saveIfChanged())) return;
      const revision = ready()?.revision;
      if (revision === undefined || revision === null || scoringId === null) return;
      update({ busy: true, notice: null, faults: [], faultsFor: null });
      try {
        const { version } = await api.publishScoring(scoringId, revision);
        const document = await api.getScoring(scoringId);
        update({ busy: false, versions: document.versions, revision: document.draftRevision, notice: { kind: 'ok', text: fillText(m.published, { version }) } });
      } catch (error) {
        const faults = faultsOf(error);
        update({ busy: false, faults, faultsFor: store.getState().scheme, notice: { kind: 'error', text: faults.length > 0 ? m.publishFaults : failure(error, m.publishFailed) } });
      }
    },
    preview: async (period) => {
      const wanted = period.trim();
      if (!ready() || ready()?.busy === true) return;
      if (!(await saveIfChanged())) {
        update({ preview: { phase: 'failed', period: wanted, reason: m.previewNeedsSave } });
        return;
      }
      if (scoringId === null) return;
      const id = scoringId;
      update({ preview: { phase: 'computing', period: wanted } });
      try {
        const sheet = await api.previewScoring(id, wanted);
        update({ preview: { phase: 'shown', period: wanted, sheet } });
      } catch (error) {
        const reason = error instanceof ApiError && error.code === 'invalid_period' ? fillText(m.invalidPeriod, { period: wanted }) : failure(error, m.previewFailed);
        update({ preview: { phase: 'failed', period: wanted, reason } });
      }
    },
  };
}
