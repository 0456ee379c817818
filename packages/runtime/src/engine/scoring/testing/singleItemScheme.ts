import type { KpiItem, ScoringSchema } from '../../documents/scoring/ScoringSchema.js';

/** A monthly scheme of the given items (by default one count of complaints), for tests of one method at a time. */
export function singleItemScheme(item: Partial<KpiItem>, rest: Partial<ScoringSchema> = {}): ScoringSchema {
  return {
    kind: 'scoring',
    schemaVersion: 2,
    title: 'T',
    period: 'month',
    items: [
      {
        id: 'k_a',
        name: '客户投诉',
        weight: 10,
        source: { kind: 'aggregate', formId: 'complaints', aggregate: 'count', personField: 'f_rep', dateField: 'f_date' },
        method: { kind: 'percentage' },
        ...item,
      },
    ],
    ...rest,
  };
}
