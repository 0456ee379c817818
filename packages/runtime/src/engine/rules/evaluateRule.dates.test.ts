import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateRule } from './evaluateRule.js';
import type { RuleLogic } from './RuleLogic.js';
import type { RuleRuntime } from './RuleRuntime.js';

// 2024-01-31T18:30:00Z is already 2024-02-01 02:30 in Shanghai: zone handling shows.
const instant = Date.UTC(2024, 0, 31, 18, 30);
const shanghai: RuleRuntime = { now: () => instant };
const utc: RuleRuntime = { now: () => instant, timeZone: 'UTC' };

const evaluate = (rule: RuleLogic, data: unknown = {}, runtime: RuleRuntime = shanghai) => evaluateRule(rule, data, runtime);

describe('today and now', () => {
  it.each([
    ['Asia/Shanghai (default)', shanghai, '2024-02-01', '2024-02-01T02:30:00+08:00'],
    ['UTC', utc, '2024-01-31', '2024-01-31T18:30:00Z'],
    ['America/New_York', { now: () => instant, timeZone: 'America/New_York' }, '2024-01-31', '2024-01-31T13:30:00-05:00'],
    ['America/New_York in summer time', { now: () => Date.UTC(2024, 6, 1, 3, 15), timeZone: 'America/New_York' }, '2024-06-30', '2024-06-30T23:15:00-04:00'],
    ['Asia/Kolkata (half-hour offset)', { now: () => instant, timeZone: 'Asia/Kolkata' }, '2024-02-01', '2024-02-01T00:00:00+05:30'],
  ] satisfies [string, RuleRuntime, string, string][])('in %s', (_zone, runtime, today, now) => {
    expect(evaluate({ today: [] }, {}, runtime)).toBe(today);
    expect(evaluate({ now: [] }, {}, runtime)).toBe(now);
  });

  it('writes milliseconds only when there are some', () => {
    expect(evaluate({ now: [] }, {}, { now: () => instant + 45, timeZone: 'UTC' })).toBe('2024-01-31T18:30:00.045Z');
  });

  it('takes today in Shanghai for any instant: the UTC date of now + 8 hours', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2200, 0, 1) }), (now) => {
        expect(evaluate({ today: [] }, {}, { now: () => now })).toBe(new Date(now + 8 * 3_600_000).toISOString().slice(0, 10));
      }),
    );
  });
});

describe('date_add', () => {
  it.each([
    ['2024-01-15', 10, 'day', '2024-01-25'],
    ['2024-01-15', -20, 'day', '2023-12-26'],
    ['2024-02-28', 1, 'day', '2024-02-29'],
    ['2023-02-28', 1, 'day', '2023-03-01'],
    ['2024-01-01', 2, 'week', '2024-01-15'],
    ['2024-01-31', 1, 'month', '2024-02-29'],
    ['2023-01-31', 1, 'month', '2023-02-28'],
    ['2024-03-31', -1, 'month', '2024-02-29'],
    ['2024-05-31', 1, 'month', '2024-06-30'],
    ['2024-12-15', 1, 'month', '2025-01-15'],
    ['2024-01-15', -13, 'month', '2022-12-15'],
    ['2024-02-29', 1, 'year', '2025-02-28'],
    ['2024-02-29', 4, 'year', '2028-02-29'],
    ['2024-01-15', '3', 'day', '2024-01-18'],
    ['2024-01-15', 1.9, 'day', '2024-01-16'],
  ])('%s + %s %s is %s', (date, amount, unit, expected) => {
    expect(evaluate({ date_add: [date, amount, unit] })).toBe(expected);
  });

  it('keeps a datetime a datetime, on the calendar of the rule zone', () => {
    expect(evaluate({ date_add: ['2024-01-31T10:00:00+08:00', 1, 'month'] })).toBe('2024-02-29T10:00:00+08:00');
    // 20:00Z on Jan 31 is 04:00 on Feb 1 in Shanghai.
    expect(evaluate({ date_add: ['2024-01-31T20:00:00Z', 1, 'day'] })).toBe('2024-02-02T04:00:00+08:00');
    expect(evaluate({ date_add: ['2024-01-31T20:00:00Z', 1, 'day'] }, {}, utc)).toBe('2024-02-01T20:00:00Z');
    expect(evaluate({ date_add: ['2024-03-01 09:15', -1, 'day'] })).toBe('2024-02-29T09:15:00+08:00');
  });

  it('adds hours and minutes as elapsed time (a date is its midnight)', () => {
    expect(evaluate({ date_add: ['2024-01-01', 25, 'hour'] })).toBe('2024-01-02T01:00:00+08:00');
    expect(evaluate({ date_add: ['2024-01-01T23:50:00+08:00', 15, 'minute'] })).toBe('2024-01-02T00:05:00+08:00');
    // Across the spring-forward gap of New York, 1 hour after 01:30 EST is 03:30 EDT.
    expect(evaluate({ date_add: ['2024-03-10T01:30:00-05:00', 1, 'hour'] }, {}, { timeZone: 'America/New_York' })).toBe('2024-03-10T03:30:00-04:00');
  });

  it.each([
    [null, 1, 'day'],
    ['', 1, 'day'],
    ['2023-02-29', 1, 'day'],
    ['2024-13-01', 1, 'day'],
    ['31/01/2024', 1, 'day'],
    ['2024-01-15', '', 'day'],
    ['2024-01-15', null, 'day'],
    ['2024-01-15', 'two', 'day'],
  ])('gives null for %j + %j %s', (date, amount, unit) => {
    expect(evaluate({ date_add: [date, amount, unit] })).toBeNull();
  });

  it('gives null for a computed unit it does not know', () => {
    expect(evaluate({ date_add: ['2024-01-15', 1, { var: 'unit' }] }, { unit: 'fortnight' })).toBeNull();
    expect(evaluate({ date_add: ['2024-01-15', 1, { var: 'unit' }] }, { unit: 'month' })).toBe('2024-02-15');
  });

  it('agrees with Date.UTC arithmetic for any day count', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1) / 864e5, max: Date.UTC(2300, 0, 1) / 864e5 }), fc.integer({ min: -50_000, max: 50_000 }), (day, amount) => {
        const start = new Date(day * 864e5).toISOString().slice(0, 10);
        const expected = new Date((day + amount) * 864e5).toISOString().slice(0, 10);
        expect(evaluate({ date_add: [start, amount, 'day'] })).toBe(expected);
      }),
    );
  });
});

describe('date_diff', () => {
  it.each([
    ['2024-01-01', '2024-03-01', 'day', 60],
    ['2023-01-01', '2023-03-01', 'day', 59],
    ['2024-03-01', '2024-01-01', 'day', -60],
    ['2024-01-01', '2024-01-15', 'week', 2],
    ['2024-01-01', '2024-01-14', 'week', 1],
    ['2024-01-31', '2024-02-29', 'month', 1],
    ['2024-01-30', '2024-02-28', 'month', 0],
    ['2024-01-15', '2024-02-14', 'month', 0],
    ['2024-01-15', '2024-02-15', 'month', 1],
    ['2024-03-31', '2024-02-29', 'month', -1],
    ['2024-03-01', '2024-01-31', 'month', -1],
    ['2024-02-29', '2025-02-28', 'year', 1],
    ['2020-06-15', '2024-06-14', 'year', 3],
    ['2024-06-14', '2020-06-15', 'year', -3],
    ['2024-01-01', '2024-01-02T10:00:00+08:00', 'hour', 34],
    ['2024-01-01T00:00:00Z', '2024-01-01T08:00:00+08:00', 'minute', 0],
  ])('%s → %s in %ss is %d', (from, to, unit, expected) => {
    expect(evaluate({ date_diff: [from, to, unit] })).toBe(expected);
  });

  it('counts calendar days in the rule zone, not 24-hour periods', () => {
    const rule = { date_diff: ['2024-01-01T23:00:00+08:00', '2024-01-02T01:00:00+08:00', 'day'] };
    expect(evaluate(rule)).toBe(1);
    expect(evaluate(rule, {}, utc)).toBe(0);
  });

  it('gives null when a date is missing', () => {
    expect(evaluate({ date_diff: [{ var: 'f_start' }, '2024-01-01', 'day'] })).toBeNull();
  });

  it('undoes date_add for days and for months', () => {
    const day = fc.integer({ min: Date.UTC(1900, 0, 1) / 864e5, max: Date.UTC(2300, 0, 1) / 864e5 }).map((d) => new Date(d * 864e5).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: -3000, max: 3000 }), fc.constantFrom('day', 'week', 'month'), (start, amount, unit) => {
        const moved = evaluate({ date_add: [start, amount, unit] });
        expect(evaluate({ date_diff: [start, moved as string, unit] })).toBe(amount);
      }),
    );
  });
});

describe('date_part', () => {
  it.each([
    ['2024-08-15', 'year', 2024],
    ['2024-08-15', 'quarter', 3],
    ['2024-12-31', 'quarter', 4],
    ['2024-08-15', 'month', 8],
    ['2024-08-15', 'day', 15],
    ['2024-01-01', 'weekday', 1],
    ['2024-01-07', 'weekday', 7],
    ['2024-01-01', 'week', 1],
    ['2021-01-03', 'week', 53],
    ['2024-12-30', 'week', 1],
    ['2026-12-31', 'week', 53],
    ['2024-02-01T02:30:00+08:00', 'hour', 2],
    ['2024-02-01T02:30:00+08:00', 'minute', 30],
  ])('%s: %s is %d', (date, part, expected) => {
    expect(evaluate({ date_part: [date, part] })).toBe(expected);
  });

  it('reads a UTC datetime on the calendar of the rule zone', () => {
    expect(evaluate({ date_part: ['2024-01-31T18:30:00Z', 'day'] })).toBe(1);
    expect(evaluate({ date_part: ['2024-01-31T18:30:00Z', 'day'] }, {}, utc)).toBe(31);
  });

  it('numbers weekdays as Date#getUTCDay does, with Sunday as 7', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (day) => {
        const date = new Date(day * 864e5);
        expect(evaluate({ date_part: [date.toISOString().slice(0, 10), 'weekday'] })).toBe(date.getUTCDay() || 7);
      }),
    );
  });
});

describe('start_of and end_of', () => {
  it.each([
    ['2024-01-07', 'week', '2024-01-01', '2024-01-07'],
    ['2024-01-01', 'week', '2024-01-01', '2024-01-07'],
    ['2024-12-31', 'week', '2024-12-30', '2025-01-05'],
    ['2024-02-10', 'month', '2024-02-01', '2024-02-29'],
    ['2023-02-10', 'month', '2023-02-01', '2023-02-28'],
    ['2024-05-20', 'quarter', '2024-04-01', '2024-06-30'],
    ['2024-11-20', 'quarter', '2024-10-01', '2024-12-31'],
    ['2024-05-20', 'year', '2024-01-01', '2024-12-31'],
  ])('%s: its %s runs from %s to %s', (date, period, start, end) => {
    expect(evaluate({ start_of: [date, period] })).toBe(start);
    expect(evaluate({ end_of: [date, period] })).toBe(end);
  });

  it('works on today', () => {
    expect(evaluate({ start_of: [{ today: [] }, 'month'] })).toBe('2024-02-01');
    expect(evaluate({ end_of: [{ today: [] }, 'month'] }, {}, utc)).toBe('2024-01-31');
  });
});
