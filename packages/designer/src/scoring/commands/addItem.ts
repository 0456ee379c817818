import type { KpiItem } from '@formwork/runtime';
import { fillText } from '../../i18n/fillText.js';
import { scoringMessages as m } from '../../i18n/scoringMessages.js';
import type { ScoringCommandContext, ScoringEdit } from '../ScoringEdit.js';

/**
 * Adds an item at the end and selects it: a count of records against a fixed target, scored as a
 * ratio, weighing 10. Its form and fields are still to be picked, so the draft shows them as
 * problems on the item until they are.
 */
export function addItem(context: ScoringCommandContext): ScoringEdit {
  const { scheme, locale } = context;
  const id = context.createId();
  const item: KpiItem = {
    id,
    name: fillText(m.itemName, { n: scheme.items.length + 1 })[locale],
    weight: 10,
    source: { kind: 'aggregate', formId: '', aggregate: 'count', personField: '', dateField: '' },
    target: { kind: 'fixed', value: 100 },
    method: { kind: 'ratio' },
  };
  return { ok: true, scheme: { ...scheme, items: [...scheme.items, item] }, selectedItemId: id, id };
}
