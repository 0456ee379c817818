import type { ScoringSchema } from '@formwork/runtime';
import { describe, expect, it } from 'vitest';
import { createFakeScoringApi } from '../api/testing/createFakeScoringApi.js';
import { createScoringSession } from './createScoringSession.js';
import { createScoringStore } from './createScoringStore.js';
import { starterScoring } from './starterScoring.js';

const scheme: ScoringSchema = {
  ...starterScoring('en'),
  title: 'Sales',
  items: [
    {
      id: 'k_sales',
      name: 'Signed',
      weight: 100,
      source: { kind: 'aggregate', formId: 'frm_1', aggregate: 'sum', field: 'f_amount', personField: 'f_owner', dateField: 'f_date' },
      target: { kind: 'fixed', value: 100 },
      method: { kind: 'ratio', cap: 120 },
    },
  ],
};

function setUp(scoringId: string | null, inputs?: Parameters<typeof createFakeScoringApi>[0]) {
  const fake = createFakeScoringApi(inputs);
  const store = createScoringStore({ createId: () => 'k_new', locale: 'en', initial: starterScoring('en') });
  const created: string[] = [];
  const session = (id: string | null) => createScoringSession({ api: fake.api, appId: 'app_1', scoringId: id, store, onCreated: (one) => created.push(one) });
  return { fake, store, created, session: session(scoringId), sessionFor: session };
}

const ready = (state: ReturnType<ReturnType<typeof setUp>['session']['state']['getState']>) => {
  if (state.phase !== 'ready') throw new Error(`not ready: ${state.phase}`);
  return state;
};

describe('scoring session', () => {
  it('creates a new scheme on its first save and says its id, then saves with If-Match', async () => {
    const { fake, store, created, session } = setUp(null);
    await session.load();
    expect(ready(session.state.getState())).toMatchObject({ revision: null, notice: { kind: 'ok', text: { en: 'A new scheme: add and set up its items, then save' } } });
    expect(await session.save()).toBe(false);
    expect(ready(session.state.getState()).notice?.text.en).toBe('Fix the problems shown before saving');
    store.getState().load(scheme);
    expect(await session.save()).toBe(true);
    expect(created).toEqual(['sco_1']);
    store.getState().setSchemeSettings({ title: 'Sales 2' });
    expect(await session.save()).toBe(true);
    expect(fake.calls.map(({ method, args }) => [method, args[2]])).toEqual([
      ['createScoring', undefined],
      ['saveScoring', 1],
    ]);
    expect(fake.scorings.get('sco_1')?.draft.title).toBe('Sales 2');
  });

  it('loads a stored scheme, says when someone else saved, and publishes', async () => {
    const { fake, store, sessionFor } = setUp(null);
    const stored = await fake.api.createScoring('app_1', scheme);
    const session = sessionFor(stored.id);
    await session.load();
    expect(store.getState().scheme.title).toBe('Sales');
    await fake.api.saveScoring(stored.id, { ...scheme, title: 'Elsewhere' }, 1);
    store.getState().setSchemeSettings({ title: 'Mine' });
    expect(await session.save()).toBe(false);
    expect(ready(session.state.getState()).notice?.text['zh-CN']).toBe('别人已保存了这个考核方案，请刷新后再改');
    await session.load();
    await session.publish();
    expect(ready(session.state.getState())).toMatchObject({ notice: { text: { en: 'Published as version 1' } }, versions: [expect.objectContaining({ version: 1 })] });
  });

  it('previews the saved draft for a period, and names a period that is not one of the scheme', async () => {
    const { store, session } = setUp(null, { inputs: () => ({ people: [{ id: 'u_1', name: 'Li' }], actuals: { k_sales: { u_1: 150 } } }) });
    await session.load();
    store.getState().load(scheme);
    await session.preview('2026-11');
    const shown = ready(session.state.getState()).preview;
    expect(shown.phase).toBe('shown');
    // 150 of 100 is 150 %, capped at 120: 120 points.
    if (shown.phase === 'shown') expect(shown.sheet.people[0]).toMatchObject({ personId: 'u_1', total: 120 });
    await session.preview('2026-W48');
    expect(ready(session.state.getState()).preview).toEqual({ phase: 'failed', period: '2026-W48', reason: { 'zh-CN': '“2026-W48”不是本方案的考核期间（如 2026-11）', en: '"2026-W48" is not a period of this scheme (such as 2026-11)' } });
  });
});
