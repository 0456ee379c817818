import type { KpiItem, ScoringSchema } from '@formwork/runtime';
import { fillText } from '../../i18n/fillText.js';
import { scoringMessages as m } from '../../i18n/scoringMessages.js';
import type { ScoringEdit } from '../ScoringEdit.js';

/** The item and its place, or the refusal a command answers when there is no such item. */
export function findItem(scheme: ScoringSchema, itemId: string): { readonly item: KpiItem; readonly index: number } | Extract<ScoringEdit, { ok: false }> {
  const index = scheme.items.findIndex((item) => item.id === itemId);
  const item = scheme.items[index];
  return item ? { item, index } : { ok: false, reason: fillText(m.itemNotFound, { id: itemId }) };
}
