import { describe, expect, it } from 'vitest';
import { exampleScoring } from '../testing/exampleScoring.js';
import { issueAt, parsedValue } from '../testing/parseOutcome.js';
import { parseScoringSchema } from './parseScoringSchema.js';

const source = { kind: 'aggregate', formId: 'payments', aggregate: 'sum', field: 'f_amount', personField: 'f_owner', dateField: 'f_date' };
const item = { id: 'k_a', name: 'Revenue', weight: 100, source, target: { kind: 'fixed', value: 1000 }, method: { kind: 'ratio' } };

function scoringWith(items: readonly unknown[], rest: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  return { kind: 'scoring', schemaVersion: 2, title: 'KPI', period: 'month', items, ...rest };
}

describe('parseScoringSchema', () => {
  it('parses the smallest scheme: one item, ratio to a fixed target', () => {
    const scoring = scoringWith([item]);
    expect(parsedValue(parseScoringSchema(scoring))).toEqual(scoring);
  });

  it('parses a realistic scheme with every source and target unchanged', () => {
    expect(parsedValue(parseScoringSchema(exampleScoring))).toEqual(exampleScoring);
    expect(new Set(exampleScoring.items.map((kpi) => kpi.source.kind))).toEqual(new Set(['aggregate', 'derived', 'manual']));
    expect(new Set(exampleScoring.items.map((kpi) => kpi.target?.kind))).toEqual(new Set(['form', 'fixed', undefined]));
  });

  it('needs a target for a ratio, and for tiers on achievement', () => {
    const { target: _target, ...noTarget } = item;
    const result = parseScoringSchema(
      scoringWith([noTarget, { ...noTarget, id: 'k_b', method: { kind: 'tiers', basis: 'achievement', tiers: [{ min: 100, percent: 10 }] } }, { ...noTarget, id: 'k_c', method: { kind: 'tiers', basis: 'value', tiers: [{ min: 5, percent: 10 }] } }]),
    );
    const issue = issueAt(result, '/items/0/target');
    expect(issue.code).toBe('required');
    expect(issue.message).toEqual({ 'zh-CN': '第 1 个考核项“Revenue”缺少“目标”(target)', en: 'KPI item 1 ("Revenue") is missing its target' });
    expect(issueAt(result, '/items/1/target').code).toBe('required');
    expect(() => issueAt(result, '/items/2/target')).toThrow();
  });

  it('needs the aggregated field except when counting', () => {
    const { field: _field, ...noField } = source;
    const result = parseScoringSchema(scoringWith([{ ...item, source: noField }, { ...item, id: 'k_n', source: { ...noField, aggregate: 'count' } }]));
    expect(issueAt(result, '/items/0/source/field').code).toBe('required');
    expect(() => issueAt(result, '/items/1/source/field')).toThrow();
  });

  it('checks each method and target by its own kind', () => {
    const result = parseScoringSchema(
      scoringWith([
        { ...item, method: { kind: 'ratio', cap: 0 } },
        { ...item, id: 'k_b', method: { kind: 'tiers', basis: 'value', tiers: [] } },
        { ...item, id: 'k_c', method: { kind: 'grades', grades: [{ grade: '优秀' }] } },
        { ...item, id: 'k_d', method: { kind: 'grades', grades: [{ grade: 'A', percent: 100 }], cap: 100 } },
        { ...item, id: 'k_e', target: { kind: 'form', formId: 'targets' } },
        { ...item, id: 'k_f', method: { kind: 'curve' } },
      ]),
    );
    expect(issueAt(result, '/items/0/method/cap').code).toBe('tooSmall');
    expect(issueAt(result, '/items/1/method/tiers').code).toBe('tooFew');
    expect(issueAt(result, '/items/2/method/grades/0/percent').code).toBe('required');
    expect(issueAt(result, '/items/3/method/cap').code).toBe('unknownProperty');
    expect(issueAt(result, '/items/4/target/valueField').code).toBe('required');
    expect(issueAt(result, '/items/5/method/kind').code).toBe('enum');
  });

  it('checks weights, periods and sources', () => {
    const result = parseScoringSchema(scoringWith([{ ...item, weight: -1, source: { ...source, aggregate: 'median', filter: { field: 'f_x' } } }], { period: 'decade' }));
    expect(issueAt(result, '/items/0/weight').code).toBe('tooSmall');
    expect(issueAt(result, '/items/0/source/aggregate').code).toBe('enum');
    expect(issueAt(result, '/items/0/source/filter/op').code).toBe('required');
    expect(issueAt(result, '/period').code).toBe('enum');
  });

  it('takes a weight of 0: an observation item (观察指标), computed and shown, never scored', () => {
    const scoring = scoringWith([item, { ...item, id: 'k_obs', name: '回款率', weight: 0 }]);
    expect(parsedValue(parseScoringSchema(scoring))).toEqual(scoring);
  });

  it('refuses item ids and grades used twice', () => {
    const result = parseScoringSchema(
      scoringWith([item, { ...item, name: 'Again', method: { kind: 'grades', grades: [{ grade: 'A', percent: 100 }, { grade: 'A', percent: 50 }] } }], {
        bands: [
          { grade: 'A', min: 90 },
          { grade: 'A', min: 80 },
        ],
      }),
    );
    const duplicate = issueAt(result, '/items/1/id');
    expect(duplicate.code).toBe('duplicateItemId');
    expect(duplicate.message.en).toContain('KPI item 2 ("Again") has the id "k_a", like KPI item 1 ("Revenue")');
    expect(issueAt(result, '/items/1/method/grades/1/grade').code).toBe('duplicateGrade');
    expect(issueAt(result, '/bands/1/grade').code).toBe('duplicateGrade');
  });
});
