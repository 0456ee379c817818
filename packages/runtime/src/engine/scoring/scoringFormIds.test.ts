import { describe, expect, it } from 'vitest';
import type { ScoringSchema } from '../documents/scoring/ScoringSchema.js';
import { scoringFormIds } from './scoringFormIds.js';

type Item = ScoringSchema['items'][number];
const aggregate = (id: string, formId: string, target?: Item['target']): Item =>
  ({ id, name: id, weight: 10, source: { kind: 'aggregate', formId, aggregate: 'count', personField: 'f_rep', dateField: 'f_date' }, method: { kind: 'ratio' }, ...(target ? { target } : {}) }) as Item;

describe('scoringFormIds', () => {
  it('names each form a scheme reads once, sorted: sources, derived inputs and targets forms, but not an item without a form yet', () => {
    const derived = {
      id: 'k_rate',
      name: 'rate',
      weight: 10,
      source: { kind: 'derived', inputs: [{ name: 'won', source: { formId: 'frm_deals', aggregate: 'count', personField: 'f_rep', dateField: 'f_date' } }], formula: { var: 'won' } },
      method: { kind: 'ratio' },
    } as unknown as Item;
    const scheme = { items: [aggregate('k_visits', 'frm_visits', { kind: 'form', formId: 'frm_targets', personField: 'f_rep', periodField: 'f_period', valueField: 'f_visits' } as Item['target']), aggregate('k_more', 'frm_visits'), derived, aggregate('k_new', '')] } as unknown as ScoringSchema;
    expect(scoringFormIds(scheme)).toEqual(['frm_deals', 'frm_targets', 'frm_visits']);
  });
});
