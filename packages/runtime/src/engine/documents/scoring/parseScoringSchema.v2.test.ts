import { describe, expect, it } from 'vitest';
import { issueAt, parsedValue } from '../testing/parseOutcome.js';
import { parseScoringSchema } from './parseScoringSchema.js';

const source = { kind: 'aggregate', formId: 'payments', aggregate: 'sum', field: 'f_amount', personField: 'f_owner', dateField: 'f_date' };
const item = { id: 'k_a', name: 'Revenue', weight: 60, source, target: { kind: 'fixed', value: 1000 }, method: { kind: 'ratio' } };
const count = { formId: 'opps', aggregate: 'count', personField: 'f_owner', dateField: 'f_date' };
const conversion = {
  id: 'k_c',
  name: 'Conversion',
  weight: 40,
  unit: '%',
  source: {
    kind: 'derived',
    inputs: [
      { name: 'won', label: '赢单数', source: { ...count, filter: { field: 'f_stage', op: 'eq', value: 'won' } } },
      { name: 'all', label: '商机数', source: count },
    ],
    formula: { '*': [{ '/': [{ var: 'won' }, { var: 'all' }] }, 100] },
  },
  target: { kind: 'fixed', value: 10 },
  method: { kind: 'ratio' },
};

function scoringWith(items: readonly unknown[], rest: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  return { kind: 'scoring', schemaVersion: 2, title: 'KPI', period: 'month', items, ...rest };
}

describe('parseScoringSchema: version 1 documents', () => {
  it('migrates sources to aggregates and tier points to shares of the weight', () => {
    const v1 = {
      kind: 'scoring',
      schemaVersion: 1,
      title: 'KPI',
      period: 'month',
      items: [
        { id: 'k_a', name: 'Revenue', weight: 70, source: { formId: 'payments', aggregate: 'sum', field: 'f_amount', personField: 'f_owner', dateField: 'f_date' }, target: { kind: 'fixed', value: 1000 }, method: { kind: 'ratio' } },
        {
          id: 'k_v',
          name: 'Visits',
          weight: 30,
          source: { formId: 'visits', aggregate: 'count', personField: 'f_owner', dateField: 'f_date' },
          method: { kind: 'tiers', basis: 'value', tiers: [{ min: 10, score: 10 }, { min: 20, score: 30 }] },
        },
      ],
    };
    const result = parseScoringSchema(v1);
    const scoring = parsedValue(result);
    expect(result.ok && result.migratedFrom).toBe(1);
    expect(scoring.schemaVersion).toBe(2);
    expect(scoring.items.map((kpi) => kpi.source.kind)).toEqual(['aggregate', 'aggregate']);
    expect(scoring.items[1]?.method).toEqual({ kind: 'tiers', basis: 'value', tiers: [{ min: 10, percent: 33.333333 }, { min: 20, percent: 100 }] });
    // The migration returns new objects: the caller's document is left as it was.
    expect(v1.items[1]?.method).toEqual({ kind: 'tiers', basis: 'value', tiers: [{ min: 10, score: 10 }, { min: 20, score: 30 }] });
  });
});

describe('parseScoringSchema: derived, manual and less-is-better items', () => {
  it('parses a derived formula, a manual grade, an inverse and a deduction item', () => {
    const scoring = scoringWith([
      item,
      conversion,
      { id: 'k_m', name: 'Teamwork', weight: 10, source: { kind: 'manual', formId: 'reviews', personField: 'f_rep', periodField: 'f_month', field: 'f_grade' }, method: { kind: 'grades', grades: [{ grade: '良好', percent: 80 }] } },
      { id: 'k_i', name: 'Complaints', weight: 10, source: { ...source, aggregate: 'count', field: undefined }, target: { kind: 'fixed', value: 2 }, method: { kind: 'inverse', cap: 120 } },
      { id: 'k_d', name: 'Overdue', weight: 10, source: { ...source, aggregate: 'sum', field: 'f_days' }, method: { kind: 'deduction', perUnit: 2 } },
    ]);
    const parsed = JSON.parse(JSON.stringify(scoring)) as unknown;
    expect(parsedValue(parseScoringSchema(parsed))).toEqual(parsed);
  });

  it('needs a target for an inverse item and a deduction per unit', () => {
    const { target: _target, ...noTarget } = item;
    const result = parseScoringSchema(scoringWith([{ ...noTarget, method: { kind: 'inverse' } }, { ...item, id: 'k_b', method: { kind: 'deduction' } }]));
    expect(issueAt(result, '/items/0/target').code).toBe('required');
    expect(issueAt(result, '/items/1/method/perUnit').code).toBe('required');
  });

  it('refuses a formula that reads an input it does not define, or does not compile', () => {
    const result = parseScoringSchema(
      scoringWith([
        item,
        { ...conversion, source: { ...conversion.source, formula: { '/': [{ var: 'won' }, { var: 'leads' }] } } },
        { ...conversion, id: 'k_x', source: { ...conversion.source, formula: { '/': [{ var: 'won' }, { frobnicate: [] }] } } },
      ]),
    );
    const unknown = issueAt(result, '/items/1/source/formula');
    expect(unknown.code).toBe('unknownInput');
    expect(unknown.message.en).toContain('leads');
    expect(unknown.message['zh-CN']).toContain('leads');
    expect(issueAt(result, '/items/2/source/formula/~1/1/frobnicate').code).toBe('invalidFormula');
  });

  it('refuses two formula inputs with one name', () => {
    const inputs = [conversion.source.inputs[0], conversion.source.inputs[0]];
    const result = parseScoringSchema(scoringWith([{ ...conversion, source: { ...conversion.source, inputs, formula: { var: 'won' } } }]));
    expect(issueAt(result, '/items/0/source/inputs/1/name').code).toBe('duplicateInputName');
  });
});

describe('parseScoringSchema: weight sets, scope and periods', () => {
  it('parses dated weight sets, a scope, validity and a trial', () => {
    const scoring = scoringWith([item, conversion], {
      weightSets: [{ name: '新品期', from: '2026-Q1', weights: { k_a: 30, k_c: 70 } }, { name: '成熟期', from: '2026-07', weights: { k_a: 80 } }],
      appliesTo: { roles: ['hunter'], departments: ['d_east'] },
      validFrom: '2026-01',
      validTo: '2026-12',
      trialUntil: '2026-02',
    });
    expect(parsedValue(parseScoringSchema(scoring))).toEqual(scoring);
  });

  it('refuses weights for unknown items, two sets from one period and malformed or impossible periods', () => {
    const result = parseScoringSchema(
      scoringWith([item], {
        weightSets: [
          { name: 'A', from: '2026-Q1', weights: { k_zz: 10 } },
          { name: 'B', from: '2026-Q1', weights: {} },
          { name: 'C', from: '2025-W53', weights: {} },
        ],
        validFrom: '2026-13',
      }),
    );
    expect(issueAt(result, '/validFrom').code).toBe('pattern');
    const refined = parseScoringSchema(
      scoringWith([item], {
        weightSets: [
          { name: 'A', from: '2026-Q1', weights: { k_zz: 10 } },
          { name: 'B', from: '2026-Q1', weights: {} },
          { name: 'C', from: '2025-W53', weights: {} },
        ],
      }),
    );
    expect(issueAt(refined, '/weightSets/0/weights/k_zz').code).toBe('unknownItem');
    expect(issueAt(refined, '/weightSets/1/from').code).toBe('duplicatePeriod');
    const impossible = issueAt(refined, '/weightSets/2/from');
    expect(impossible.code).toBe('invalidPeriod');
    expect(impossible.message['zh-CN']).toContain('2025-W53');
  });

  it('refuses a scheme that ends before it starts', () => {
    const result = parseScoringSchema(scoringWith([item], { validFrom: '2026-07', validTo: '2026-Q1' }));
    const issue = issueAt(result, '/validTo');
    expect(issue.code).toBe('periodOrder');
    expect(issue.message.en).toBe('The last period scored ("2026-Q1") comes before the first ("2026-07")');
  });
});
