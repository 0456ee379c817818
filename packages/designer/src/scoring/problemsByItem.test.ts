import type { KpiSource } from '@formwork/runtime';
import { describe, expect, it } from 'vitest';
import { createScoringStore } from './createScoringStore.js';
import { problemsByItem } from './problemsByItem.js';
import { starterScoring } from './starterScoring.js';
import { weightSum } from './weightSum.js';

function newStore() {
  let n = 0;
  return createScoringStore({ createId: () => `k_${String(++n)}`, locale: 'zh-CN', initial: starterScoring('zh-CN') });
}

const contracts: KpiSource = { kind: 'aggregate', formId: 'frm_contracts', aggregate: 'sum', field: 'f_amount', personField: 'f_owner', dateField: 'f_signed' };

describe('problemsByItem', () => {
  it('puts the engine’s faults on the item they concern, and the scheme’s own on none', () => {
    const store = newStore();
    store.getState().addItem();
    store.getState().addItem();
    store.getState().updateItem('k_2', { source: contracts, target: { kind: 'fixed', value: 1_000_000 } });
    store.getState().setSchemeSettings({ trialUntil: '2026-13' });
    const problems = problemsByItem(store.getState().scheme);
    expect(problems.filter(({ itemId }) => itemId === 'k_1').map(({ pointer }) => pointer)).toContain('/items/0/source/formId');
    expect(problems.some(({ itemId }) => itemId === 'k_2')).toBe(false);
    expect(problems.find(({ pointer }) => pointer === '/trialUntil')).toMatchObject({ itemId: null });
    expect(problems.every(({ message }) => message['zh-CN'] !== '' && message.en !== '')).toBe(true);
  });

  it('takes a weight of 0 (an observation item, 观察指标) as it is, and puts a negative weight on its item', () => {
    const store = newStore();
    store.getState().addItem();
    store.getState().addItem();
    store.getState().updateItem('k_1', { source: contracts, target: { kind: 'fixed', value: 1_000_000 }, weight: 100 });
    store.getState().updateItem('k_2', { source: contracts, target: { kind: 'fixed', value: 1_000_000 }, weight: 0 });
    expect(problemsByItem(store.getState().scheme)).toEqual([]);
    expect(weightSum(store.getState().scheme)).toBe(100);
    store.getState().updateItem('k_2', { weight: -5 });
    expect(problemsByItem(store.getState().scheme).map(({ itemId, pointer }) => [itemId, pointer])).toEqual([['k_2', '/items/1/weight']]);
  });

  it('finds nothing in a complete scheme', () => {
    const store = newStore();
    store.getState().addItem();
    store.getState().updateItem('k_1', { source: contracts, target: { kind: 'fixed', value: 1_000_000 }, weight: 100 });
    expect(problemsByItem(store.getState().scheme)).toEqual([]);
  });
});
