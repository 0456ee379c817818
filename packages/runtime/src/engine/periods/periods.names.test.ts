import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePeriods } from './comparePeriods.js';
import { formatPeriod } from './formatPeriod.js';
import { labelPeriod } from './labelPeriod.js';
import { parsePeriod } from './parsePeriod.js';

describe('period names', () => {
  it.each([
    ['2026', { kind: 'year', year: 2026, index: 1 }],
    ['2026-Q4', { kind: 'quarter', year: 2026, index: 4 }],
    ['2026-11', { kind: 'month', year: 2026, index: 11 }],
    ['2026-W48', { kind: 'week', year: 2026, index: 48 }],
    ['2026-W53', { kind: 'week', year: 2026, index: 53 }],
  ])('reads %s', (name, period) => {
    expect(parsePeriod(name)).toEqual(period);
    expect(formatPeriod(parsePeriod(name)!)).toBe(name);
  });

  it.each(['2026-13', '2026-00', '2026-Q0', '2026-Q5', '2026-W00', '2025-W53', '2026-1', '26', '2026-w48', '2026-11-01', ' 2026', ''])(
    'refuses %j',
    (name) => expect(parsePeriod(name)).toBeUndefined(),
  );

  it('formats what it parses and parses what it formats', () => {
    const period = fc.oneof(
      fc.record({ kind: fc.constant('year' as const), year: fc.integer({ min: 1000, max: 9999 }), index: fc.constant(1) }),
      fc.record({ kind: fc.constant('quarter' as const), year: fc.integer({ min: 1000, max: 9999 }), index: fc.integer({ min: 1, max: 4 }) }),
      fc.record({ kind: fc.constant('month' as const), year: fc.integer({ min: 1000, max: 9999 }), index: fc.integer({ min: 1, max: 12 }) }),
      fc.record({ kind: fc.constant('week' as const), year: fc.integer({ min: 1000, max: 9999 }), index: fc.integer({ min: 1, max: 52 }) }),
    );
    fc.assert(
      fc.property(period, (p) => {
        expect(parsePeriod(formatPeriod(p))).toEqual(p);
      }),
    );
  });

  it('orders periods by their first day, the shorter first', () => {
    const names = ['2026', '2026-Q1', '2025-12', '2026-01', '2026-W01', '2026-W02', '2025-W52'];
    const sorted = [...names].sort((a, b) => comparePeriods(parsePeriod(a)!, parsePeriod(b)!));
    expect(sorted).toEqual(['2025-12', '2025-W52', '2026-W01', '2026-01', '2026-Q1', '2026', '2026-W02']);
  });

  it('labels periods in both languages', () => {
    expect(labelPeriod(parsePeriod('2026-Q4')!)).toEqual({ 'zh-CN': '2026年第4季度', en: 'Q4 2026' });
    expect(labelPeriod(parsePeriod('2026-W48')!)).toEqual({ 'zh-CN': '2026年第48周', en: 'week 48 of 2026' });
  });
});
