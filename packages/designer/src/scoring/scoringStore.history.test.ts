import { describe, expect, it } from 'vitest';
import { createScoringStore } from './createScoringStore.js';
import { starterScoring } from './starterScoring.js';

function newStore() {
  let n = 0;
  return createScoringStore({ createId: () => `k_${String(++n)}`, locale: 'zh-CN', initial: starterScoring('zh-CN') });
}

describe('scoring store: undo and redo', () => {
  it('undoes and redoes each command with the selection it had, and says when there is nothing', () => {
    const store = newStore();
    expect(store.getState().undo()).toMatchObject({ ok: false, reason: { en: 'Nothing to undo' } });
    store.getState().addItem();
    store.getState().updateItem('k_1', { weight: 40 });
    store.getState().selectItem(null);
    store.getState().undo();
    expect(store.getState().scheme.items[0]?.weight).toBe(10);
    expect(store.getState().selectedItemId).toBe('k_1');
    store.getState().undo();
    expect(store.getState().scheme.items).toEqual([]);
    store.getState().redo();
    store.getState().redo();
    expect(store.getState().scheme.items[0]?.weight).toBe(40);
    expect(store.getState().redo()).toMatchObject({ ok: false, reason: { 'zh-CN': '没有可重做的操作' } });
  });

  it('forgets the history on load and knows unsaved changes by the saved scheme', () => {
    const store = newStore();
    store.getState().addItem();
    expect(store.getState().scheme).not.toBe(store.getState().savedScheme);
    store.getState().markSaved(store.getState().scheme);
    expect(store.getState().scheme).toBe(store.getState().savedScheme);
    store.getState().load(starterScoring('en'));
    expect(store.getState().history).toEqual({ past: [], future: [] });
    expect(store.getState().scheme.title).toBe('Monthly KPI scheme');
  });
});

