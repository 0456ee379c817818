import type { LocalizedText } from '@formwork/runtime';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/ApiError.js';
import { createDocumentSession, type StoredDraft } from './createDocumentSession.js';

interface Note {
  readonly text: string;
}
const text = (en: string): LocalizedText => ({ 'zh-CN': `【${en}】`, en });
const messages = {
  saved: text('Saved'),
  published: text('Version {version} out'),
  saveFailed: text('Save failed: {message}'),
  publishFailed: text('Publish failed: {message}'),
  loadFailed: text('Load failed: {message}'),
  unreadable: text('Unreadable: {problem}'),
  notSavedYet: text('New: save to create it'),
  publishFaults: text('Fix these first'),
  codes: { stale_draft: text('Someone else saved it') },
};

/** A server holding one note, and the store the session edits: every call is recorded. */
function setUp(options: { stored?: Note | null; draft?: unknown; refuse?: (note: Note) => LocalizedText | null } = {}) {
  const calls: string[] = [];
  let server: StoredDraft<number> | null = options.stored === null ? null : { draft: options.draft ?? options.stored ?? { text: 'hello' }, draftRevision: 1, versions: [] };
  let failNextPublish: ApiError | null = null;
  let current: Note = { text: '' };
  let saved: Note = current;
  let release: (() => void) | null = null;
  let holdWrites = false;
  const session = createDocumentSession<Note, number, { readonly extra: string }>({
    messages,
    locale: () => 'en',
    edited: {
      current: () => current,
      saved: () => saved,
      markSaved: (note) => (saved = note),
      load: (note) => {
        current = note;
        saved = note;
      },
    },
    fetch: async () => server,
    starter: () => ({ text: 'starter' }),
    prepare: async () => ({ extra: 'prepared' }),
    parse: (draft) =>
      typeof draft === 'object' && draft !== null && typeof (draft as { text?: unknown }).text === 'string'
        ? { ok: true, value: draft as Note }
        : { ok: false, errors: [{ pointer: '/text', message: text('must be text') }] },
    write: async (note, revision) => {
      calls.push(`write ${note.text} @${String(revision)}`);
      if (holdWrites) await new Promise<void>((resolve) => (release = resolve));
      if (server && revision !== server.draftRevision) throw new ApiError(409, 'stale_draft', 'stale');
      server = { draft: note, draftRevision: (server?.draftRevision ?? 0) + 1, versions: server?.versions ?? [] };
      return server;
    },
    publish: async (revision) => {
      calls.push(`publish @${revision}`);
      if (failNextPublish) throw failNextPublish;
      const version = (server?.versions.length ?? 0) + 1;
      if (server) server = { ...server, versions: [...server.versions, version] };
      return { version };
    },
    ...(options.refuse ? { refuse: options.refuse } : {}),
  });
  return {
    session,
    calls,
    edit: (note: Note) => (current = note),
    holdWrites: () => (holdWrites = true),
    releaseWrite: () => {
      holdWrites = false;
      release?.();
    },
    failNextPublish: (error: ApiError) => (failNextPublish = error),
    setServerRevision: (revision: number) => server && (server = { ...server, draftRevision: revision }),
  };
}

const ready = <T extends { phase: string }>(state: T) => {
  if (state.phase !== 'ready') throw new Error(`not ready: ${state.phase}`);
  return state as Extract<T, { phase: 'ready' }>;
};

describe('a document session', () => {
  it('loads the stored draft with the designer’s own part of the state, and does not save what did not change', async () => {
    const { session, calls } = setUp({ stored: { text: 'hello' } });
    await session.load();
    expect(ready(session.state.getState())).toMatchObject({ revision: 1, extra: 'prepared', busy: false, notice: null });
    expect(await session.save()).toBe(true);
    expect(calls).toEqual([]);
  });

  it('edits the starter while nothing is stored, and the first save creates it (revision null)', async () => {
    const { session, calls } = setUp({ stored: null });
    await session.load();
    expect(ready(session.state.getState())).toMatchObject({ revision: null, notice: { kind: 'ok', text: messages.notSavedYet } });
    expect(await session.save()).toBe(true);
    expect(calls).toEqual(['write starter @null']);
    expect(ready(session.state.getState())).toMatchObject({ revision: 1, notice: { text: messages.saved } });
  });

  it('names the first fault of a draft it cannot read, in the user’s language', async () => {
    const { session } = setUp({ draft: { text: 42 } });
    await session.load();
    expect(session.state.getState()).toEqual({ phase: 'failed', reason: { 'zh-CN': '【Unreadable: /text must be text】', en: 'Unreadable: /text must be text' } });
  });

  it('makes a save asked for during another wait for it, then save what changed since — never refused as busy', async () => {
    const { session, calls, edit, holdWrites, releaseWrite } = setUp({ stored: { text: 'a' } });
    await session.load();
    edit({ text: 'b' });
    holdWrites();
    const first = session.save();
    edit({ text: 'c' });
    const second = session.save();
    releaseWrite();
    expect(await Promise.all([first, second])).toEqual([true, true]);
    expect(calls).toEqual(['write b @1', 'write c @2']);
  });

  it('says the server’s code in the user’s words, keeps the edit, and refuses before writing when told to', async () => {
    const refused = setUp({ stored: { text: 'a' }, refuse: (note) => (note.text === '' ? text('Empty') : null) });
    await refused.session.load();
    refused.edit({ text: '' });
    expect(await refused.session.save()).toBe(false);
    expect(refused.calls).toEqual([]);
    expect(ready(refused.session.state.getState()).notice).toEqual({ kind: 'error', text: text('Empty') });

    const stale = setUp({ stored: { text: 'a' } });
    await stale.session.load();
    stale.setServerRevision(5);
    stale.edit({ text: 'mine' });
    expect(await stale.session.save()).toBe(false);
    expect(ready(stale.session.state.getState()).notice).toEqual({ kind: 'error', text: messages.codes.stale_draft });
  });

  it('publishes after saving, lists the new version, and keeps the faults of a refused publish', async () => {
    const { session, calls, edit, failNextPublish } = setUp({ stored: { text: 'a' } });
    await session.load();
    edit({ text: 'b' });
    await session.publish();
    expect(calls).toEqual(['write b @1', 'publish @2']);
    expect(ready(session.state.getState())).toMatchObject({ versions: [1], notice: { kind: 'ok', text: { en: 'Version 1 out' } } });

    failNextPublish(new ApiError(422, 'invalid_schema', 'no', [{ pointer: '/text', code: 'too_short', message: 'too short' }]));
    await session.publish();
    const state = ready(session.state.getState());
    expect(state.notice).toEqual({ kind: 'error', text: messages.publishFaults });
    expect(state.faults).toEqual([{ pointer: '/text', code: 'too_short', message: 'too short' }]);
    expect(state.faultsFor).toEqual({ text: 'b' });
  });
});
