import { parseFormSchema, type LocalizedText } from '@formwork/runtime';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/ApiError.js';
import type { FormDocument, FormVersion, FormVersionSummary } from '../api/ApiTypes.js';
import type { ApiClient } from '../api/createApiClient.js';
import { persistenceMessages as m } from '../i18n/persistenceMessages.js';
import { fillText } from '../i18n/fillText.js';
import type { DesignerStore } from '../store/createDesignerStore.js';
import type { DraftStorage } from './draftStorage.js';

export type PersistenceNotice =
  | { readonly kind: 'info'; readonly text: LocalizedText }
  | { readonly kind: 'error'; readonly text: LocalizedText; readonly details?: readonly LocalizedText[] }
  | { readonly kind: 'stale' }
  | { readonly kind: 'restored'; readonly savedAt: number };

export interface FormPersistence {
  readonly phase: 'loading' | 'ready' | 'failed';
  readonly loadError: string | null;
  readonly form: FormDocument | null;
  readonly busy: 'saving' | 'publishing' | null;
  readonly notice: PersistenceNotice | null;
  readonly versions: readonly FormVersionSummary[];
  /** Saves the draft if the engine accepts it; false when refused, stale or failed. */
  saveDraft(): Promise<boolean>;
  publish(): Promise<void>;
  /** Drops local changes and loads what the server holds now. */
  reload(): Promise<void>;
  /** Saves over whatever someone else saved. */
  overwrite(): Promise<void>;
  discardRestored(): Promise<void>;
  dismissNotice(): void;
  /** One published version with its schema, as the server keeps it. */
  loadVersion(version: number): Promise<FormVersion>;
}

export interface FormPersistenceOptions {
  readonly api: ApiClient;
  readonly formId: string;
  readonly store: DesignerStore;
  readonly drafts: DraftStorage;
  readonly now: () => number;
  /** How long edits settle before the local copy is written. Default 300 ms. */
  readonly localDelayMs?: number;
}

/**
 * Loads a form into the designer store and keeps it safe: unsaved changes are copied to local
 * storage (restored on reload with a notice), saves send the draft revision they were made on
 * (If-Match), and a save someone else overtook is reported instead of silently overwritten.
 */
export function useFormPersistence({ api, formId, store, drafts, now, localDelayMs = 300 }: FormPersistenceOptions): FormPersistence {
  const [phase, setPhase] = useState<FormPersistence['phase']>('loading');
  const [loadError, setLoadError] = useState<string | null>(null);
  const [form, setForm] = useState<FormDocument | null>(null);
  const [busy, setBusy] = useState<FormPersistence['busy']>(null);
  const [notice, setNotice] = useState<PersistenceNotice | null>(null);
  const revision = useRef(0);
  const loaded = useRef(false);

  const adopt = useCallback(
    (document: FormDocument): void => {
      setForm(document);
      revision.current = document.draftRevision;
      store.getState().load(document.draft);
      drafts.remove(formId);
    },
    [drafts, formId, store],
  );

  useEffect(() => {
    let cancelled = false;
    loaded.current = false;
    setPhase('loading');
    api.getForm(formId).then(
      (document) => {
        if (cancelled) return;
        const local = drafts.read(formId);
        if (local && JSON.stringify(local.schema) !== JSON.stringify(document.draft)) {
          setForm(document);
          revision.current = local.baseRevision;
          store.getState().load(local.schema, { savedSchema: document.draft });
          setNotice({ kind: 'restored', savedAt: local.savedAt });
        } else {
          adopt(document);
        }
        loaded.current = true;
        setPhase('ready');
      },
      (error: unknown) => {
        if (cancelled) return;
        setLoadError(error instanceof Error ? error.message : String(error));
        setPhase('failed');
      },
    );
    return () => {
      cancelled = true;
    };
  }, [adopt, api, drafts, formId, store]);

  // Every change is copied locally once edits settle, and flushed when the page goes away.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = (): void => {
      timer = undefined;
      if (!loaded.current) return;
      const { schema, savedSchema } = store.getState();
      if (schema === savedSchema) drafts.remove(formId);
      else drafts.write(formId, { schema, baseRevision: revision.current, savedAt: now() });
    };
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.schema === previous.schema && state.savedSchema === previous.savedSchema) return;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(flush, localDelayMs);
    });
    window.addEventListener('pagehide', flush);
    return () => {
      unsubscribe();
      window.removeEventListener('pagehide', flush);
      if (timer !== undefined) {
        clearTimeout(timer);
        flush();
      }
    };
  }, [drafts, formId, localDelayMs, now, store]);

  const saveDraft = useCallback(async (): Promise<boolean> => {
    const { schema } = store.getState();
    const parsed = parseFormSchema(schema);
    if (!parsed.ok) {
      setNotice({ kind: 'error', text: m.invalidSchema, details: parsed.errors.map(describeIssue) });
      return false;
    }
    setBusy('saving');
    try {
      const saved = await api.saveDraft(formId, schema, revision.current);
      revision.current = saved.draftRevision;
      store.getState().markSaved(schema);
      if (store.getState().schema === schema) drafts.remove(formId);
      setNotice({ kind: 'info', text: m.saved });
      return true;
    } catch (error) {
      setNotice(error instanceof ApiError && error.status === 409 ? { kind: 'stale' } : (serverFaults(error) ?? failure(m.saveFailed, error)));
      return false;
    } finally {
      setBusy(null);
    }
  }, [api, drafts, formId, store]);

  const refresh = useCallback(async (): Promise<FormDocument> => {
    const document = await api.getForm(formId);
    setForm(document);
    return document;
  }, [api, formId]);

  const publish = useCallback(async (): Promise<void> => {
    const { schema, savedSchema } = store.getState();
    if (schema !== savedSchema && !(await saveDraft())) return;
    setBusy('publishing');
    try {
      await api.publish(formId, revision.current);
      const document = await refresh();
      const version = document.published?.version ?? document.versions[document.versions.length - 1]?.version ?? 1;
      setNotice({ kind: 'info', text: fillText(m.published, { version }) });
    } catch (error) {
      setNotice(error instanceof ApiError && error.status === 409 ? { kind: 'stale' } : (serverFaults(error) ?? failure(m.publishFailed, error)));
    } finally {
      setBusy(null);
    }
  }, [api, formId, refresh, saveDraft, store]);

  const reload = useCallback(async (): Promise<void> => {
    try {
      adopt(await api.getForm(formId));
      setNotice(null);
    } catch (error) {
      setNotice(failure(m.saveFailed, error));
    }
  }, [adopt, api, formId]);

  const overwrite = useCallback(async (): Promise<void> => {
    try {
      revision.current = (await refresh()).draftRevision;
      await saveDraft();
    } catch (error) {
      setNotice(failure(m.saveFailed, error));
    }
  }, [refresh, saveDraft]);

  return {
    phase,
    loadError,
    form,
    busy,
    notice,
    versions: form?.versions ?? [],
    saveDraft,
    publish,
    reload,
    overwrite,
    discardRestored: reload,
    dismissNotice: () => setNotice(null),
    loadVersion: (version) => api.getFormVersion(formId, version),
  };
}

function failure(template: LocalizedText, error: unknown): PersistenceNotice {
  return { kind: 'error', text: fillText(template, { message: error instanceof Error ? error.message : String(error) }) };
}

function describeIssue(issue: { readonly pointer: string; readonly message: LocalizedText | string }): LocalizedText {
  const message = typeof issue.message === 'string' ? { 'zh-CN': issue.message, en: issue.message } : issue.message;
  return { 'zh-CN': `${issue.pointer}：${message['zh-CN']}`, en: `${issue.pointer}: ${message.en}` };
}

/** The server's `invalid_schema` faults, or a public form's fields a stranger cannot fill (`public_form_field`), as a notice (pointer and message each). */
function serverFaults(error: unknown): PersistenceNotice | undefined {
  if (!(error instanceof ApiError) || (error.code !== 'invalid_schema' && error.code !== 'public_form_field') || !Array.isArray(error.details)) return undefined;
  const details = (error.details as unknown[]).filter(
    (item): item is { pointer: string; message: LocalizedText | string } =>
      typeof item === 'object' && item !== null && typeof (item as { pointer?: unknown }).pointer === 'string',
  );
  return { kind: 'error', text: m.invalidSchema, details: details.map(describeIssue) };
}
