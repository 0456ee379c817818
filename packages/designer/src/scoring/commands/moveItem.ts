import { scoringMessages as m } from '../../i18n/scoringMessages.js';
import type { ScoringCommandContext, ScoringEdit } from '../ScoringEdit.js';
import { findItem } from './findItem.js';

/** Moves an item one place up (-1) or down (1): the order of the sheet's columns and explanations. */
export function moveItem(context: ScoringCommandContext, itemId: string, step: -1 | 1): ScoringEdit {
  const { scheme } = context;
  const found = findItem(scheme, itemId);
  if ('ok' in found) return found;
  const to = found.index + step;
  if (to < 0 || to >= scheme.items.length) return { ok: false, reason: step < 0 ? m.alreadyFirst : m.alreadyLast };
  const items = [...scheme.items];
  items.splice(found.index, 1);
  items.splice(to, 0, found.item);
  return { ok: true, scheme: { ...scheme, items } };
}
