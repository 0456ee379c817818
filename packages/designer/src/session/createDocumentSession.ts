import type { Locale, LocalizedText } from '@formwork/runtime';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { ApiError } from '../api/ApiError.js';
import { workflowFaultsOf, type WorkflowFault } from '../api/WorkflowApi.js';
import { fillText } from '../i18n/fillText.js';

/** A document's draft as the server keeps it: the JSON, the revision to send in If-Match, the versions published. */
export interface StoredDraft<Version> {
  readonly draft: unknown;
  readonly draftRevision: number;
  readonly versions: readonly Version[];
}

/** What a save or publish came to, shown beside the toolbar. */
export interface SessionNotice {
  readonly kind: 'ok' | 'error';
  readonly text: LocalizedText;
}

/** The state every document session shares once the draft is loaded. */
export interface SharedReadyState<Doc, Version> {
  readonly phase: 'ready';
  /** The draft revision to send in If-Match; `null` before the first save creates the document. */
  readonly revision: number | null;
  readonly versions: readonly Version[];
  readonly busy: boolean;
  /** What the last save or publish came to. */
  readonly notice: SessionNotice | null;
  /** The faults the server refused the last save or publish for, as it sent them. */
  readonly faults: readonly WorkflowFault[];
  /** The document those faults' pointers point into: after an edit they may point elsewhere. */
  readonly faultsFor: Doc | null;
}

/** The ready state: the shared part and the designer's own (`Extra`: its preview, its pickers' forms). */
export type ReadyDocumentSession<Doc, Version, Extra> = SharedReadyState<Doc, Version> & Extra;

/** Where a document is with the server: one state, never a set of flags. */
export type DocumentSessionState<Doc, Version, Extra> =
  | { readonly phase: 'loading' }
  | { readonly phase: 'failed'; readonly reason: LocalizedText }
  | ReadyDocumentSession<Doc, Version, Extra>;

/** The texts a session says, in the designer's own words for its document. */
export interface DocumentSessionMessages {
  readonly saved: LocalizedText;
  /** Filled with `{version}`. */
  readonly published: LocalizedText;
  /** These three are filled with `{message}`: the server's or the network's. */
  readonly saveFailed: LocalizedText;
  readonly publishFailed: LocalizedText;
  readonly loadFailed: LocalizedText;
  /** Filled with `{problem}`: the first fault of a stored draft this engine cannot read. */
  readonly unreadable: LocalizedText;
  /** Said while the document exists only here (`fetch` answered null). */
  readonly notSavedYet?: LocalizedText;
  /** When given, a save refused with `invalid_schema` keeps the faults and says this. */
  readonly saveFaults?: LocalizedText;
  /** When given, a publish refused with `invalid_schema` keeps the faults and says this. */
  readonly publishFaults?: LocalizedText;
  /** What to say for an error code the server answers (`stale_draft` at least), instead of its message. */
  readonly codes: Readonly<Record<string, LocalizedText>>;
}

/** Where the document being edited lives: the designer's store. */
export interface EditedDocument<Doc> {
  current(): Doc;
  /** What the server holds, as the store last marked it. */
  saved(): Doc;
  markSaved(document: Doc): void;
  /** Replaces what is edited (the history starts again). */
  load(document: Doc): void;
}

export interface DocumentSessionSpec<Doc, Version, Extra> {
  readonly messages: DocumentSessionMessages;
  readonly locale: () => Locale;
  readonly edited: EditedDocument<Doc>;
  /** The stored draft, or null when there is none yet (the `starter` is edited until the first save creates it). */
  fetch(): Promise<StoredDraft<Version> | null>;
  /** What is edited while nothing is stored. */
  starter?(): Doc;
  /** The designer's own part of the ready state, read while the draft is (and before it is loaded into the store). */
  prepare(): Promise<Extra>;
  parse(draft: unknown): { readonly ok: true; readonly value: Doc } | { readonly ok: false; readonly errors: readonly { readonly pointer: string; readonly message: LocalizedText }[] };
  /** Saves (with If-Match on `revision`), or creates the document when `revision` is null. */
  write(document: Doc, revision: number | null): Promise<StoredDraft<Version>>;
  publish(revision: number): Promise<{ readonly version: number }>;
  /** Why this document may not be saved as it is (the server would refuse it), or null. */
  refuse?(document: Doc): LocalizedText | null;
}

export interface DocumentSession<Doc, Version, Extra> {
  readonly state: StoreApi<DocumentSessionState<Doc, Version, Extra>>;
  load(): Promise<void>;
  /**
   * Saves the draft when it changed (or was never stored); true when the server holds what the
   * store shows. A save asked for while one is under way waits for it, then saves what changed
   * since — it is never refused as busy, so a preview or publish that needs it is never dropped.
   */
  save(): Promise<boolean>;
  /** Saves if needed, then publishes the saved draft and reads the versions again. */
  publish(): Promise<void>;
  /** The ready state, or null while loading or after a failed load. */
  ready(): ReadyDocumentSession<Doc, Version, Extra> | null;
  /** Changes the ready state (nothing happens in another phase). */
  update(patch: Partial<ReadyDocumentSession<Doc, Version, Extra>>): void;
  /** A failure as the user reads it: the text for the server's code, or `template` filled with the message. */
  failure(error: unknown, template: LocalizedText): LocalizedText;
}

/**
 * A designer's conversation with the server about one document (a workflow, a scoring scheme, a
 * dashboard), with no React in it: reads the draft (or starts one), saves it with If-Match,
 * publishes it and keeps the faults the server refused it for. Each designer adds its own part —
 * a preview, the forms its pickers read — on top.
 */
export function createDocumentSession<Doc, Version, Extra extends object>(spec: DocumentSessionSpec<Doc, Version, Extra>): DocumentSession<Doc, Version, Extra> {
  const { messages, edited } = spec;
  type Ready = ReadyDocumentSession<Doc, Version, Extra>;
  const state = createStore<DocumentSessionState<Doc, Version, Extra>>(() => ({ phase: 'loading' }));
  const ready = (): Ready | null => {
    const current = state.getState();
    return current.phase === 'ready' ? current : null;
  };
  const update = (patch: Partial<Ready>): void => {
    const current = ready();
    if (current) state.setState({ ...current, ...patch }, true);
  };
  // TypeScript cannot see that a patch of the shared part is a patch of the whole while Extra is generic.
  const patch = (shared: Partial<SharedReadyState<Doc, Version>>): void => update(shared as Partial<Ready>);
  const failure = (error: unknown, template: LocalizedText): LocalizedText => {
    const known = error instanceof ApiError ? messages.codes[error.code] : undefined;
    return known ?? fillText(template, { message: error instanceof Error ? error.message : String(error) });
  };
  const faultsOf = (error: unknown): WorkflowFault[] => (error instanceof ApiError && error.code === 'invalid_schema' ? workflowFaultsOf(error.details) : []);
  const adopt = (stored: StoredDraft<Version>): void => patch({ revision: stored.draftRevision, versions: stored.versions });

  const saveNow = async (): Promise<boolean> => {
    const current = ready();
    if (!current) return false;
    const document = edited.current();
    if (current.revision !== null && document === edited.saved()) return true;
    const refusal = spec.refuse?.(document) ?? null;
    if (refusal) {
      patch({ notice: { kind: 'error', text: refusal } });
      return false;
    }
    patch({ busy: true, notice: null, faults: [], faultsFor: null });
    try {
      const stored = await spec.write(document, current.revision);
      edited.markSaved(document);
      adopt(stored);
      patch({ busy: false, notice: { kind: 'ok', text: messages.saved } });
      return true;
    } catch (error) {
      const faults = messages.saveFaults ? faultsOf(error) : [];
      const text = faults.length > 0 && messages.saveFaults ? messages.saveFaults : failure(error, messages.saveFailed);
      patch({ busy: false, faults, faultsFor: faults.length > 0 ? document : null, notice: { kind: 'error', text } });
      return false;
    }
  };
  let saving: Promise<boolean> | null = null;
  const save = async (): Promise<boolean> => {
    while (saving) await saving;
    const mine = saveNow().finally(() => {
      if (saving === mine) saving = null;
    });
    saving = mine;
    return mine;
  };
  let publishing = false;

  return {
    state,
    ready,
    update,
    failure,
    save,
    load: async () => {
      state.setState({ phase: 'loading' }, true);
      try {
        const [stored, extra] = await Promise.all([spec.fetch(), spec.prepare()]);
        const common = { phase: 'ready' as const, busy: false, faults: [], faultsFor: null };
        if (stored === null) {
          if (!spec.starter) throw new Error('nothing stored and no starter');
          edited.load(spec.starter());
          state.setState({ ...extra, ...common, revision: null, versions: [], notice: messages.notSavedYet ? { kind: 'ok', text: messages.notSavedYet } : null }, true);
          return;
        }
        const parsed = spec.parse(stored.draft);
        if (!parsed.ok) {
          const first = parsed.errors[0];
          state.setState({ phase: 'failed', reason: fillText(messages.unreadable, { problem: first ? `${first.pointer} ${first.message[spec.locale()]}` : '' }) }, true);
          return;
        }
        edited.load(parsed.value);
        state.setState({ ...extra, ...common, revision: stored.draftRevision, versions: stored.versions, notice: null }, true);
      } catch (error) {
        state.setState({ phase: 'failed', reason: failure(error, messages.loadFailed) }, true);
      }
    },
    publish: async () => {
      if (!ready() || publishing) return;
      publishing = true;
      try {
        if (!(await save())) return;
        const revision = ready()?.revision;
        if (revision === null || revision === undefined) return;
        patch({ busy: true, notice: null, faults: [], faultsFor: null });
        try {
          const { version } = await spec.publish(revision);
          const stored = await spec.fetch();
          if (stored) adopt(stored);
          patch({ busy: false, notice: { kind: 'ok', text: fillText(messages.published, { version }) } });
        } catch (error) {
          const faults = messages.publishFaults ? faultsOf(error) : [];
          const text = faults.length > 0 && messages.publishFaults ? messages.publishFaults : failure(error, messages.publishFailed);
          patch({ busy: false, faults, faultsFor: faults.length > 0 ? edited.current() : null, notice: { kind: 'error', text } });
        }
      } finally {
        publishing = false;
      }
    },
  };
}
