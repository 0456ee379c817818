import type { ScoringCommandContext, ScoringEdit } from '../ScoringEdit.js';
import { findItem } from './findItem.js';

/** Removes an item, and its weight from every weight set (a set naming a missing item is a fault). */
export function removeItem(context: ScoringCommandContext, itemId: string): ScoringEdit {
  const { scheme } = context;
  const found = findItem(scheme, itemId);
  if ('ok' in found) return found;
  const weightSets = scheme.weightSets?.map((set) => ({ ...set, weights: Object.fromEntries(Object.entries(set.weights).filter(([id]) => id !== itemId)) }));
  return {
    ok: true,
    scheme: { ...scheme, items: scheme.items.filter((item) => item.id !== itemId), ...(weightSets ? { weightSets } : {}) },
    selectedItemId: null,
  };
}
