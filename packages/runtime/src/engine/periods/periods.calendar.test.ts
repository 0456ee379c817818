import { describe, expect, it } from 'vitest';
import { childPeriods } from './childPeriods.js';
import { parseDay } from './dayText.js';
import { formatPeriod } from './formatPeriod.js';
import { isoWeeksInYear } from './isoWeeks.js';
import { nextPeriod } from './nextPeriod.js';
import { parsePeriod } from './parsePeriod.js';
import { periodContaining } from './periodContaining.js';
import { periodRange } from './periodDays.js';
import { previousPeriod } from './previousPeriod.js';
import { samePeriodLastYear } from './samePeriodLastYear.js';

const period = (name: string) => {
  const parsed = parsePeriod(name);
  if (parsed === undefined) throw new Error(`not a period: ${name}`);
  return parsed;
};
const names = (list: readonly Parameters<typeof formatPeriod>[0][]) => list.map(formatPeriod);

describe('period dates', () => {
  it.each([
    ['2026', '2026-01-01', '2026-12-31', 365],
    ['2024-Q1', '2024-01-01', '2024-03-31', 91],
    ['2024-02', '2024-02-01', '2024-02-29', 29],
    ['2026-W01', '2025-12-29', '2026-01-04', 7],
    ['2026-W48', '2026-11-23', '2026-11-29', 7],
    ['2026-W53', '2026-12-28', '2027-01-03', 7],
    ['2021-W01', '2021-01-04', '2021-01-10', 7],
  ])('%s runs from %s to %s (%i days)', (name, start, end, days) => {
    expect(periodRange(period(name))).toEqual({ start, end, days });
  });

  it('knows which years have 53 ISO weeks', () => {
    expect([2020, 2021, 2025, 2026, 2032].map(isoWeeksInYear)).toEqual([53, 52, 52, 53, 53]);
  });

  it('finds the period holding a day, ISO weeks by the year of their Thursday', () => {
    const day = parseDay('2027-01-01')!;
    expect(formatPeriod(periodContaining(day, 'week'))).toBe('2026-W53');
    expect(formatPeriod(periodContaining(day, 'quarter'))).toBe('2027-Q1');
    expect(formatPeriod(periodContaining(parseDay('2025-12-29')!, 'week'))).toBe('2026-W01');
  });

  it('reads only real dates', () => {
    expect(parseDay('2026-02-29')).toBeUndefined();
    expect(parseDay('2024-02-29')).toBe(parseDay('2024-02-28')! + 1);
  });
});

describe('child periods', () => {
  it('splits a year into quarters, a quarter into months, a year into months', () => {
    expect(names(childPeriods(period('2026')))).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(names(childPeriods(period('2026-Q4')))).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(childPeriods(period('2026'), 'month')).toHaveLength(12);
  });

  it('gives a month the ISO weeks whose Thursday it holds, so each week has one month', () => {
    expect(names(childPeriods(period('2026-11')))).toEqual(['2026-W45', '2026-W46', '2026-W47', '2026-W48']);
    expect(names(childPeriods(period('2026-12')))).toEqual(['2026-W49', '2026-W50', '2026-W51', '2026-W52', '2026-W53']);
    expect(names(childPeriods(period('2026-01')))).toEqual(['2026-W01', '2026-W02', '2026-W03', '2026-W04', '2026-W05']);
    const weeksOfMonths = childPeriods(period('2026'), 'month').flatMap((month) => names(childPeriods(month)));
    expect(weeksOfMonths).toEqual(names(childPeriods(period('2026'), 'week')));
    expect(new Set(weeksOfMonths).size).toBe(53);
  });

  it('has nothing finer than a week, nor coarser children', () => {
    expect(childPeriods(period('2026-W48'))).toEqual([]);
    expect(childPeriods(period('2026-11'), 'quarter')).toEqual([]);
  });
});

describe('neighbouring periods', () => {
  it.each([
    ['2026-01', '2025-12', '2026-02'],
    ['2026-Q1', '2025-Q4', '2026-Q2'],
    ['2026-W01', '2025-W52', '2026-W02'],
    ['2027-W01', '2026-W53', '2027-W02'],
    ['2026', '2025', '2027'],
  ])('%s comes after %s and before %s', (name, previous, next) => {
    expect(formatPeriod(previousPeriod(period(name)))).toBe(previous);
    expect(formatPeriod(nextPeriod(period(name)))).toBe(next);
  });

  it('takes the same period last year; week 53 becomes the last week of a 52-week year', () => {
    expect(formatPeriod(samePeriodLastYear(period('2026-Q4')))).toBe('2025-Q4');
    expect(formatPeriod(samePeriodLastYear(period('2026-11')))).toBe('2025-11');
    expect(formatPeriod(samePeriodLastYear(period('2026-W53')))).toBe('2025-W52');
    expect(formatPeriod(samePeriodLastYear(period('2021-W52')))).toBe('2020-W52');
  });
});
