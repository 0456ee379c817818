import { parseScoringSchema, type LocalizedText, type ScoringSchema } from '@formwork/runtime';
import { ApiError } from '../api/ApiError.js';
import type { ScoringApi, ScoringPreview, ScoringVersionSummary } from '../api/ScoringApi.js';
import { fillText } from '../i18n/fillText.js';
import { scoringMessages as m } from '../i18n/scoringMessages.js';
import { createDocumentSession, type DocumentSession, type DocumentSessionState } from '../session/createDocumentSession.js';
import type { ScoringStore } from './createScoringStore.js';
import { problemsByItem } from './problemsByItem.js';

/** The preview of the saved draft for a period: not asked, being computed, shown, or refused. */
export type ScoringPreviewState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'computing'; readonly period: string }
  | { readonly phase: 'shown'; readonly period: string; readonly sheet: ScoringPreview }
  | { readonly phase: 'failed'; readonly period: string; readonly reason: LocalizedText };

/** The scoring designer's own part of the ready state. */
export interface ScoringSessionExtra {
  readonly preview: ScoringPreviewState;
}

/** Where the scheme is with the server: one state, never a set of flags. */
export type ScoringSessionState = DocumentSessionState<ScoringSchema, ScoringVersionSummary, ScoringSessionExtra>;

export type ReadyScoringSession = Extract<ScoringSessionState, { phase: 'ready' }>;

export interface ScoringSession extends Pick<DocumentSession<ScoringSchema, ScoringVersionSummary, ScoringSessionExtra>, 'state' | 'load' | 'save' | 'publish'> {
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
  const session = createDocumentSession<ScoringSchema, ScoringVersionSummary, ScoringSessionExtra>({
    messages: { ...m, codes: { stale_draft: m.staleDraft } },
    locale: () => store.getState().locale,
    edited: {
      current: () => store.getState().scheme,
      saved: () => store.getState().savedScheme,
      markSaved: (scheme) => store.getState().markSaved(scheme),
      load: (scheme) => store.getState().load(scheme),
    },
    fetch: async () => (scoringId === null ? null : api.getScoring(scoringId)),
    // A new scheme starts from what the store was given.
    starter: () => store.getState().scheme,
    prepare: async () => ({ preview: { phase: 'idle' } }),
    parse: parseScoringSchema,
    write: async (scheme, revision) => {
      if (scoringId === null || revision === null) {
        const created = await api.createScoring(options.appId, scheme);
        scoringId = created.id;
        options.onCreated?.(created.id);
        return created;
      }
      return api.saveScoring(scoringId, scheme, revision);
    },
    publish: async (revision) => {
      if (scoringId === null) throw new Error('a scheme is saved before it is published');
      return api.publishScoring(scoringId, revision);
    },
    refuse: (scheme) => (problemsByItem(scheme).length > 0 ? m.fixProblemsFirst : null),
  });

  return {
    state: session.state,
    load: session.load,
    save: session.save,
    publish: session.publish,
    preview: async (period) => {
      const wanted = period.trim();
      if (!session.ready()) return;
      if (!(await session.save()) || scoringId === null) {
        session.update({ preview: { phase: 'failed', period: wanted, reason: m.previewNeedsSave } });
        return;
      }
      const id = scoringId;
      session.update({ preview: { phase: 'computing', period: wanted } });
      try {
        const sheet = await api.previewScoring(id, wanted);
        session.update({ preview: { phase: 'shown', period: wanted, sheet } });
      } catch (error) {
        const reason = error instanceof ApiError && error.code === 'invalid_period' ? fillText(m.invalidPeriod, { period: wanted }) : session.failure(error, m.previewFailed);
        session.update({ preview: { phase: 'failed', period: wanted, reason } });
      }
    },
  };
}
