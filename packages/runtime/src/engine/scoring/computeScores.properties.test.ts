import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KpiItem, ScoringMethod, ScoringSchema } from '../documents/scoring/ScoringSchema.js';
import { roundDecimal } from '../rules/values/roundDecimal.js';
import { computeScores } from './computeScores.js';

const formTarget = { kind: 'form', formId: 't', personField: 'f_rep', periodField: 'f_p', valueField: 'f_v' } as const;
const money = fc.double({ min: -1e7, max: 1e9, noNaN: true, noDefaultInfinity: true }).map((value) => roundDecimal(value, 2));
// Now and then 0: an observation item, computed but never scored.
const weight = fc.oneof({ arbitrary: fc.constant(0), weight: 1 }, { arbitrary: fc.integer({ min: 1, max: 10_000 }).map((value) => value / 100), weight: 4 });
const method: fc.Arbitrary<ScoringMethod> = fc.oneof(
  fc.record({ kind: fc.constant('ratio' as const), cap: fc.integer({ min: 50, max: 300 }) }),
  fc.record({ kind: fc.constant('percentage' as const), cap: fc.integer({ min: 50, max: 300 }) }),
  fc.record({ kind: fc.constant('inverse' as const), cap: fc.integer({ min: 50, max: 300 }) }),
);
const item = (index: number): fc.Arbitrary<KpiItem> =>
  fc.record({ weight, method }).map(({ weight: w, method: m }) => ({
    id: `k_${index}`,
    name: `Item ${index}`,
    weight: w,
    source: { kind: 'aggregate', formId: 'f', aggregate: 'sum', field: 'f_x', personField: 'f_rep', dateField: 'f_d' },
    target: formTarget,
    method: m,
  }));
const scheme: fc.Arbitrary<ScoringSchema> = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 4 }))
  .chain(([count, precision]) =>
    fc.tuple(...Array.from({ length: count }, (_, index) => item(index))).map((items) => ({ kind: 'scoring', schemaVersion: 2, title: 'P', period: 'month', precision, items }) as ScoringSchema),
  );

function sheetFor(s: ScoringSchema, actuals: readonly number[], targets: readonly number[]) {
  return computeScores(s, {
    period: '2026-11',
    people: [{ id: 'u1' }],
    actuals: Object.fromEntries(s.items.map((kpi, index) => [kpi.id, { u1: actuals[index] ?? 0 }])),
    targets: Object.fromEntries(s.items.map((kpi, index) => [kpi.id, { u1: targets[index] ?? 1 }])),
  });
}

describe('computeScores, by property', () => {
  const cases = scheme.chain((s) => fc.tuple(fc.constant(s), fc.array(money, { minLength: 6, maxLength: 6 }), fc.array(money, { minLength: 6, maxLength: 6 })));

  it('never gives an item more than weight × cap ÷ 100, nor less than 0', () => {
    fc.assert(
      fc.property(cases, ([s, actuals, targets]) => {
        const person = sheetFor(s, actuals, targets).people[0]!;
        s.items.forEach((kpi, index) => {
          const cap = 'cap' in kpi.method && kpi.method.cap !== undefined ? kpi.method.cap : 100;
          const points = person.items[index]!.points;
          expect(points).toBeGreaterThanOrEqual(0);
          // Rounding half away from zero may lift the bound by at most half a unit of the last place.
          expect(points).toBeLessThanOrEqual(roundDecimal((kpi.weight * cap) / 100, s.precision ?? 1));
        });
      }),
    );
  });

  it('gives an observation item (weight 0) 0 points and marks it, and leaves it out of the weight total', () => {
    fc.assert(
      fc.property(cases, ([s, actuals, targets]) => {
        const sheet = sheetFor(s, actuals, targets);
        s.items.forEach((kpi, index) => {
          const scored = sheet.people[0]!.items[index]!;
          expect(scored.observation === true).toBe(kpi.weight === 0);
          if (kpi.weight === 0) expect([scored.points, scored.explanation['zh-CN'].includes('观察指标，不计分'), scored.explanation.en.includes('observation item, not scored')]).toEqual([0, true, true]);
        });
        expect(sheet.weightTotal).toBe(roundDecimal(s.items.reduce((sum, kpi) => sum + kpi.weight, 0), 6));
      }),
    );
  });

  it('makes the total exactly the sum of the rounded item points', () => {
    fc.assert(
      fc.property(cases, ([s, actuals, targets]) => {
        const person = sheetFor(s, actuals, targets).people[0]!;
        const precision = s.precision ?? 1;
        const sum = person.items.reduce((total, kpi) => total + kpi.points, 0);
        expect(person.total).toBe(roundDecimal(sum, precision));
        for (const kpi of person.items) expect(kpi.points).toBe(roundDecimal(kpi.points, precision));
        // The sum lists the scored items; with none (all observed) it is the total alone.
        expect(person.explanation.en).toContain(person.items.some((kpi) => kpi.observation !== true) ? `= ${person.total}` : `${person.total} points`);
      }),
    );
  });

  it('gives a person with no records 0, not an error, and says why on every item', () => {
    fc.assert(
      fc.property(scheme, (s) => {
        const ratioOnly: ScoringSchema = { ...s, items: s.items.map((kpi) => ({ ...kpi, method: { kind: 'ratio' } })) };
        const sheet = computeScores(ratioOnly, { period: '2026-11', people: [{ id: 'u_new' }], targets: Object.fromEntries(s.items.map((kpi) => [kpi.id, { u_new: 100 }])) });
        const person = sheet.people[0]!;
        expect(person.total).toBe(0);
        for (const kpi of person.items) {
          expect(kpi.noRecords).toBe(true);
          expect(kpi.explanation['zh-CN']).toContain('本期没有记录');
          expect(kpi.explanation.en).toContain('no records this period');
        }
      }),
    );
  });
});

describe('rounding', () => {
  const thirds: ScoringSchema = {
    kind: 'scoring',
    schemaVersion: 2,
    title: 'R',
    period: 'month',
    precision: 1,
    items: [1, 2, 3].map((index) => ({
      id: `k_${index}`,
      name: `Item ${index}`,
      weight: 10,
      source: { kind: 'aggregate', formId: 'f', aggregate: 'sum', field: 'f_x', personField: 'f_rep', dateField: 'f_d' },
      target: { kind: 'fixed', value: 3 },
      method: { kind: 'ratio' },
    })),
  };

  it('rounds each item half away from zero, then adds the rounded items', () => {
    // 1 of 3 is 33.33…% of 10 = 3.333… → 3.3 each; the total is 9.9 (the sum as printed), not 10.
    const sheet = computeScores(thirds, { period: '2026-11', people: [{ id: 'u1' }], actuals: { k_1: { u1: 1 }, k_2: { u1: 1 }, k_3: { u1: 1 } } });
    expect(sheet.people[0]!.items.map((kpi) => kpi.points)).toEqual([3.3, 3.3, 3.3]);
    expect(sheet.people[0]!.total).toBe(9.9);
    expect(sheet.people[0]!.items[0]!.achievement).toBe(33.33);
  });

  it('rounds a half up: 0.45 of a point at precision 1 is 0.5, and 1.005 at precision 2 is 1.01', () => {
    const half = computeScores(
      { ...thirds, items: [{ ...thirds.items[0]!, weight: 4.5, target: { kind: 'fixed', value: 100 } }] },
      { period: '2026-11', people: [{ id: 'u1' }], actuals: { k_1: { u1: 10 } } },
    );
    expect(half.people[0]!.items[0]!.points).toBe(0.5);
    const cents = computeScores(
      { ...thirds, precision: 2, items: [{ ...thirds.items[0]!, weight: 100.5, target: { kind: 'fixed', value: 100 } }] },
      { period: '2026-11', people: [{ id: 'u1' }], actuals: { k_1: { u1: 1 } } },
    );
    expect(cents.people[0]!.items[0]!.points).toBe(1.01);
  });
});
