import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KpiItem, ScoringMethod } from '../documents/scoring/ScoringSchema.js';
import { roundDecimal } from '../rules/values/roundDecimal.js';
import { computeScoreData, computeScores } from './computeScores.js';
import { explainScoreSheet } from './explainScoreSheet.js';
import type { ScoreSheetData } from './ScoreSheet.js';
import { domainInputs, domainScheme } from './testing/domainScheme.js';
import { singleItemScheme } from './testing/singleItemScheme.js';

/** What a stored run reads back: the figures as JSON. */
const stored = (sheet: ScoreSheetData): ScoreSheetData => JSON.parse(JSON.stringify(sheet)) as ScoreSheetData;

describe('a sheet kept as figures and worded when read (#13)', () => {
  it('holds no words, and reads exactly as the sheet computed with them', () => {
    const data = computeScoreData(domainScheme, domainInputs);
    const text = JSON.stringify(data);
    expect(text).not.toContain('explanation');
    expect(text).not.toContain('权重');
    expect(explainScoreSheet(stored(data))).toEqual(computeScores(domainScheme, domainInputs));
    expect(explainScoreSheet(stored(data)).people[0]?.explanation['zh-CN']).toBe('36 + 25.5 + 16 + 8 = 85.5 分，评级 良好');
  });

  it('words every method, status and unit the same from stored figures as when computed', () => {
    // Amounts as records hold them (money to 2 places): a target of 5e-324 would make an achievement of Infinity, which JSON cannot keep.
    const amount = fc.oneof(fc.constantFrom(0, 0.5, 1.005, 33.335, 100, 120, 12_345.675, 900_000), fc.double({ min: -1e6, max: 1e8, noNaN: true, noDefaultInfinity: true }).map((value) => roundDecimal(value, 2)));
    const method: fc.Arbitrary<ScoringMethod> = fc.oneof(
      fc.record({ kind: fc.constant('ratio' as const), cap: fc.integer({ min: 50, max: 300 }) }),
      fc.constant({ kind: 'percentage' as const }),
      fc.constant({ kind: 'inverse' as const }),
      fc.record({ kind: fc.constant('deduction' as const), perUnit: fc.constantFrom(0.5, 2, 3.333) }),
      fc.constant({ kind: 'tiers' as const, basis: 'achievement' as const, tiers: [{ min: 80, percent: 80 }, { min: 100, percent: 100 }, { min: 120, percent: 115 }] }),
      fc.constant({ kind: 'tiers' as const, basis: 'value' as const, tiers: [{ min: 10, percent: 50 }, { min: 20.5, percent: 100 }] }),
    );
    fc.assert(
      fc.property(method, fc.constantFrom(0, 10, 25.5), fc.constantFrom(undefined, '元', '%'), fc.option(amount), fc.option(amount), fc.integer({ min: 0, max: 2 }), (kind, weight, unit, actual, target, precision) => {
        const item: Partial<KpiItem> = { method: kind, weight, ...(unit === undefined ? {} : { unit }), source: { kind: 'aggregate', formId: 'f', aggregate: 'avg', field: 'f_x', personField: 'f_rep', dateField: 'f_d' }, target: { kind: 'form', formId: 't', personField: 'f_rep', periodField: 'f_p', valueField: 'f_v' } };
        const scheme = singleItemScheme(item, { precision });
        const inputs = { period: '2026-11', people: [{ id: 'u1' }], actuals: { [scheme.items[0]?.id ?? '']: actual === null ? {} : { u1: actual } }, targets: target === null ? {} : { [scheme.items[0]?.id ?? '']: { u1: target } } };
        // As JSON on both sides: a stored figure of -0 reads 0, words or not.
        expect(explainScoreSheet(stored(computeScoreData(scheme, inputs)))).toEqual(JSON.parse(JSON.stringify(computeScores(scheme, inputs))));
      }),
      { numRuns: 500 },
    );
  });
});
