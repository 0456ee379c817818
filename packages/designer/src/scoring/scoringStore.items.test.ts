import type { KpiSource } from '@formwork/runtime';
import { describe, expect, it } from 'vitest';
import { createScoringStore } from './createScoringStore.js';
import { starterScoring } from './starterScoring.js';
import { weightSum } from './weightSum.js';

function newStore() {
  let n = 0;
  return createScoringStore({ createId: () => `k_${String(++n)}`, locale: 'zh-CN', initial: starterScoring('zh-CN') });
}

const contracts: KpiSource = { kind: 'aggregate', formId: 'frm_contracts', aggregate: 'sum', field: 'f_amount', personField: 'f_owner', dateField: 'f_signed' };

describe('scoring store: items and weights', () => {
  it('adds items with generated ids and names, selecting each, and sums their weights', () => {
    const store = newStore();
    for (const weight of [40, 30, 20, 10]) {
      const added = store.getState().addItem();
      expect(added.ok).toBe(true);
      if (added.ok) store.getState().updateItem(added.id ?? '', { weight });
    }
    const { scheme, selectedItemId } = store.getState();
    expect(scheme.items.map(({ id, name }) => [id, name])).toEqual([
      ['k_1', '考核项 1'],
      ['k_2', '考核项 2'],
      ['k_3', '考核项 3'],
      ['k_4', '考核项 4'],
    ]);
    expect(selectedItemId).toBe('k_4');
    expect(weightSum(scheme)).toBe(100);
    store.getState().updateItem('k_4', { weight: 15 });
    expect(weightSum(store.getState().scheme)).toBe(105);
  });

  it('adds weights to two places, so thirds make 100', () => {
    expect(weightSum({ items: [33.33, 33.33, 33.34].map((weight, index) => ({ id: `k_${String(index)}`, name: 'x', weight, source: contracts, method: { kind: 'ratio' } })) })).toBe(100);
  });

  it('sets source, target and method, and takes a target or a unit away', () => {
    const store = newStore();
    store.getState().addItem();
    store.getState().updateItem('k_1', { name: '签约金额', source: contracts, target: { kind: 'fixed', value: 1_000_000 }, method: { kind: 'ratio', cap: 120 }, unit: '元' });
    expect(store.getState().scheme.items[0]).toEqual({ id: 'k_1', name: '签约金额', weight: 10, source: contracts, target: { kind: 'fixed', value: 1_000_000 }, method: { kind: 'ratio', cap: 120 }, unit: '元' });
    store.getState().updateItem('k_1', { target: null, unit: ' ', method: { kind: 'percentage' } });
    expect(store.getState().scheme.items[0]).toEqual({ id: 'k_1', name: '签约金额', weight: 10, source: contracts, method: { kind: 'percentage' } });
  });

  it('moves items, refusing a move past either end without touching the history', () => {
    const store = newStore();
    store.getState().addItem();
    store.getState().addItem();
    expect(store.getState().moveItem('k_2', -1).ok).toBe(true);
    expect(store.getState().scheme.items.map(({ id }) => id)).toEqual(['k_2', 'k_1']);
    const past = store.getState().history.past.length;
    const refused = store.getState().moveItem('k_2', -1);
    expect(refused).toEqual({ ok: false, reason: { 'zh-CN': '这个考核项已经在最前面', en: 'This KPI item is already first' } });
    expect(store.getState().history.past).toHaveLength(past);
    expect(store.getState().lastError?.en).toBe('This KPI item is already first');
    expect(store.getState().updateItem('k_9', { weight: 1 })).toMatchObject({ ok: false, reason: { en: 'There is no KPI item k_9' } });
  });

  it('removes an item and its weight from every weight set', () => {
    const store = newStore();
    store.getState().addItem();
    store.getState().addItem();
    store.getState().setSchemeSettings({ weightSets: [{ name: '新品上市期', from: '2026-07', weights: { k_1: 60, k_2: 40 } }] });
    store.getState().removeItem('k_1');
    expect(store.getState().scheme.items.map(({ id }) => id)).toEqual(['k_2']);
    expect(store.getState().scheme.weightSets).toEqual([{ name: '新品上市期', from: '2026-07', weights: { k_2: 40 } }]);
    expect(store.getState().selectedItemId).toBeNull();
  });
});


describe('scoring store: scheme settings', () => {
  it('sets scope, trial and bands, and an empty scope or trial takes them away', () => {
    const store = newStore();
    store.getState().setSchemeSettings({ title: '销售月度考核', appliesTo: { roles: ['member'], departments: ['dep_east'] }, trialUntil: '2026-12' });
    expect(store.getState().scheme).toMatchObject({ title: '销售月度考核', appliesTo: { roles: ['member'], departments: ['dep_east'] }, trialUntil: '2026-12' });
    store.getState().setSchemeSettings({ appliesTo: { roles: [], departments: [] }, trialUntil: '' });
    expect(store.getState().scheme).not.toHaveProperty('appliesTo');
    expect(store.getState().scheme).not.toHaveProperty('trialUntil');
    store.getState().setSchemeSettings({ bands: [] });
    expect(store.getState().scheme).not.toHaveProperty('bands');
  });
});

