import { describe, expect, it } from 'vitest';
import { checkTargetTree } from './checkTargetTree.js';
import { decomposeTarget } from './decomposeTarget.js';
import { TargetError } from './TargetError.js';
import type { TargetNode } from './TargetNode.js';

const values = (node: TargetNode | undefined) => (node?.children ?? []).map((child) => child.value);
const keys = (node: TargetNode | undefined) => (node?.children ?? []).map((child) => child.key);

describe('decomposeTarget over time', () => {
  it('splits DOMAIN.md’s 6,000万 a year into 1,500万 quarters, 500万 months and 125万 weeks', () => {
    const year = decomposeTarget({ along: 'time', period: '2026', total: 60_000_000, levels: ['quarter', 'month', 'week'] });
    expect(values(year)).toEqual([15_000_000, 15_000_000, 15_000_000, 15_000_000]);
    const q4 = year.children?.[3];
    expect(keys(q4)).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(values(q4)).toEqual([5_000_000, 5_000_000, 5_000_000]);
    const november = q4?.children?.[1];
    expect(values(november)).toEqual([1_250_000, 1_250_000, 1_250_000, 1_250_000]);
    expect(november?.children?.map((week) => [week.key, week.start, week.end])).toEqual([
      ['2026-11#1', '2026-11-01', '2026-11-07'],
      ['2026-11#2', '2026-11-08', '2026-11-14'],
      ['2026-11#3', '2026-11-15', '2026-11-21'],
      ['2026-11#4', '2026-11-22', '2026-11-30'],
    ]);
    expect(november?.children?.[0]?.rule.code).toBe('fourWeeks');
    expect(november?.children?.[0]?.rule.text['zh-CN']).toBe('每月按 4 周均分（1–7、8–14、15–21、22–月末）');
    expect(checkTargetTree(year)).toEqual([]);
  });

  it('splits a month over its ISO weeks by the days of the month each holds', () => {
    const november = decomposeTarget({ along: 'time', period: '2026-11', total: 3_000_000, levels: ['week'], weekRule: 'isoWeeks' });
    // November 2026 starts on a Sunday: W44 holds 1 day of it, W49 holds the 30th only.
    expect(keys(november)).toEqual(['2026-W44', '2026-W45', '2026-W46', '2026-W47', '2026-W48', '2026-W49']);
    expect(values(november)).toEqual([100_000, 700_000, 700_000, 700_000, 700_000, 100_000]);
    expect(november.children?.[0]).toMatchObject({ start: '2026-11-01', end: '2026-11-01' });
    expect(november.children?.[0]?.rule.text.en).toBe("by ISO week: 1 of the month's 30 days");
  });

  it('splits a month over its weeks by working days, honouring holidays and 调休 workdays', () => {
    const october = decomposeTarget({
      along: 'time',
      period: '2026-10',
      total: 1_600_000,
      levels: ['week'],
      weekRule: 'workingDays',
      holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
      extraWorkdays: ['2026-10-10'],
    });
    // 22 weekdays − 5 holidays + 1 Saturday worked = 18 working days.
    expect(october.children?.[0]?.rule.text['zh-CN']).toContain('当月 18 个');
    expect(values(october).reduce((sum, value) => sum + value, 0)).toBeCloseTo(1_600_000, 6);
    expect(values(october)[0]).toBe(0);
    expect(checkTargetTree(october)).toEqual([]);
  });

  it('goes down to days, by calendar or working days, adding up exactly', () => {
    const week = decomposeTarget({ along: 'time', period: '2026-11', total: 1_000_000, levels: ['week', 'day'], dayRule: 'workingDays' });
    const first = week.children?.[0];
    expect(keys(first)).toHaveLength(7);
    // 1–7 November 2026: Sunday, then Monday to Saturday — five working days.
    expect(values(first)).toEqual([0, 50_000, 50_000, 50_000, 50_000, 50_000, 0]);
    const days = decomposeTarget({ along: 'time', period: '2026-02', total: 100, levels: ['day'] });
    expect(values(days)).toHaveLength(28);
    expect(checkTargetTree(days)).toEqual([]);
    expect(values(days)[0]).toBe(3.58);
  });

  it('splits by seasonal weights, keyed by quarter or month within any year', () => {
    const year = decomposeTarget({ along: 'time', period: '2026', total: 10_000_000, levels: ['quarter'], weighting: { rule: 'seasonal', weights: { Q1: 1, Q2: 2, Q3: 3, Q4: 4 } } });
    expect(values(year)).toEqual([1_000_000, 2_000_000, 3_000_000, 4_000_000]);
    expect(year.children?.[3]?.rule.text['zh-CN']).toBe('按季节权重 4 / 10');
  });

  it('splits by last year’s share of actuals, and falls back to even when there were none', () => {
    const q4 = decomposeTarget({ along: 'time', period: '2026-Q4', total: 900, precision: 0, levels: ['month'], weighting: { rule: 'lastYear', actuals: { '2025-10': 100, '2025-11': 200, '2025-12': 300 } } });
    expect(values(q4)).toEqual([150, 300, 450]);
    expect(q4.children?.[1]?.rule.text.en).toBe("by last year's share: 2025-11 actual 200 / 600");
    const fresh = decomposeTarget({ along: 'time', period: '2026-Q4', total: 900, precision: 0, levels: ['month'], weighting: { rule: 'lastYear', actuals: {} } });
    expect(values(fresh)).toEqual([300, 300, 300]);
    expect(fresh.children?.[0]?.rule.code).toBe('lastYearFallback');
  });

  it('refuses levels out of order, weeks not under months, and bad periods', () => {
    expect(() => decomposeTarget({ along: 'time', period: '2026', total: 1, levels: ['month', 'quarter'] })).toThrow(TargetError);
    expect(() => decomposeTarget({ along: 'time', period: '2026-Q1', total: 1, levels: ['week'] })).toThrow(/Weeks are split from months only/);
    expect(() => decomposeTarget({ along: 'time', period: '2026-13', total: 1, levels: [] })).toThrow(TargetError);
  });

  it('is plain JSON', () => {
    const tree = decomposeTarget({ along: 'time', period: '2026', total: 60_000_000, levels: ['quarter', 'month'] });
    expect(JSON.parse(JSON.stringify(tree))).toEqual(tree);
  });
});
