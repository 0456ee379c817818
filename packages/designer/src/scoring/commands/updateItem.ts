import type { KpiItem, KpiSource, KpiTarget, ScoringMethod } from '@formwork/runtime';
import type { ScoringCommandContext, ScoringEdit } from '../ScoringEdit.js';
import { findItem } from './findItem.js';

/** What an item's panel changes; `target: null` and `unit: ''` take them away. */
export interface ItemPatch {
  readonly name?: string;
  readonly weight?: number;
  readonly unit?: string;
  readonly source?: KpiSource;
  readonly target?: KpiTarget | null;
  readonly method?: ScoringMethod;
}

/**
 * Changes an item's name, weight, unit, source, target or method. The result may not be a valid
 * scheme yet (a negative weight, a ratio without a target): the draft's problems say so on the
 * item, as the form designer lets a field be half set up. A weight of 0 is valid: an observation
 * item (观察指标), shown on the sheet and never scored.
 */
export function updateItem(context: ScoringCommandContext, itemId: string, patch: ItemPatch): ScoringEdit {
  const { scheme } = context;
  const found = findItem(scheme, itemId);
  if ('ok' in found) return found;
  const { target: _target, unit: _unit, ...rest } = found.item;
  const target = patch.target === undefined ? found.item.target : (patch.target ?? undefined);
  const unit = patch.unit === undefined ? found.item.unit : patch.unit.trim() || undefined;
  const next: KpiItem = {
    ...rest,
    ...(patch.name === undefined ? {} : { name: patch.name }),
    ...(patch.weight === undefined ? {} : { weight: patch.weight }),
    ...(patch.source === undefined ? {} : { source: patch.source }),
    ...(patch.method === undefined ? {} : { method: patch.method }),
    ...(target === undefined ? {} : { target }),
    ...(unit === undefined ? {} : { unit }),
  };
  return { ok: true, scheme: { ...scheme, items: scheme.items.map((item, index) => (index === found.index ? next : item)) } };
}
