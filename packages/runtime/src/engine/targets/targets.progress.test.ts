import { describe, expect, it } from 'vitest';
import { compareClaims } from './compareClaims.js';
import { findLaggards } from './findLaggards.js';
import { growTarget } from './growTarget.js';
import { proRate } from './proRate.js';

describe('proRate', () => {
  it('counts calendar days, today included', () => {
    expect(proRate(5_000_000, '2026-11', '2026-11-15')).toEqual({ value: 2_500_000, elapsed: 15, total: 30, share: 0.5 });
    expect(proRate(100, '2026-11', '2026-10-31').value).toBe(0);
    expect(proRate(100, '2026-11', '2026-12-05').value).toBe(100);
  });

  it('counts working days when asked', () => {
    // 2–6 November 2026 are the first five working days of 21.
    const due = proRate(2_100, '2026-11', '2026-11-08', { basis: 'workingDays' });
    expect(due).toMatchObject({ elapsed: 5, total: 21, value: 500 });
  });
});

describe('findLaggards', () => {
  const progress = [
    { personId: 'u1', name: '李雷', target: 3_000_000, actual: 1_000_000 },
    { personId: 'u2', name: '韩梅梅', target: 3_000_000, actual: 1_300_000 },
    { personId: 'u3', target: 3_000_000, actual: 100_000 },
    { personId: 'u4', target: 0, actual: 0 },
  ];

  it('lists people below the threshold of their pro-rated target, furthest behind first', () => {
    const result = findLaggards({ progress, period: '2026-11', today: '2026-11-15', threshold: 0.8, fromDay: 10 });
    expect(result.checked).toBe(true);
    expect(result.dayOfPeriod).toBe(15);
    // Due by day 15: 1,500,000; 80 % of that is 1,200,000.
    expect(result.laggards.map((laggard) => [laggard.personId, laggard.share, laggard.shortfall])).toEqual([
      ['u3', 0.0667, 1_400_000],
      ['u1', 0.6667, 500_000],
    ]);
    expect(result.laggards[1]?.message['zh-CN']).toBe('李雷 截至第 15 天完成 1000000，应完成 1500000（66.7%），低于 80%');
  });

  it('waits until day n of the period', () => {
    expect(findLaggards({ progress, period: '2026-11', today: '2026-11-05', threshold: 0.8, fromDay: 10 })).toEqual({ checked: false, dayOfPeriod: 5, laggards: [] });
  });
});

describe('growth targets and claims', () => {
  it('sets a target as growth over the same period last year', () => {
    expect(growTarget({ lastYearPeriod: '2025-11', lastYearActual: 1_000_000, growthPercent: 20 })).toEqual({
      value: 1_200_000,
      rule: { code: 'growth', text: { 'zh-CN': '去年同期（2025-11）实际 100万 × (1 + 20%) = 120万', en: 'same period last year (2025-11) actual 1,000,000 × (1 + 20%) = 1,200,000' } },
    });
    expect(growTarget({ lastYearPeriod: '2025', lastYearActual: 333.33, growthPercent: 10 }).value).toBe(366.66);
  });

  it('shows the gap between what the team claimed and its target', () => {
    const summary = compareClaims(1_000_000, [
      { personId: 'u1', proposed: 500_000, approved: 450_000, confirmed: true },
      { personId: 'u2', proposed: 400_000, approved: 400_000 },
      { personId: 'u3', proposed: 50_000 },
    ]);
    expect(summary).toMatchObject({ proposedTotal: 950_000, approvedTotal: 850_000, gap: 150_000, proposedGap: 50_000, pending: ['u3'], unconfirmed: ['u2'] });
    expect(summary.message['zh-CN']).toBe('已批准认领 850000，距团队目标 1000000 还差 150000');
    expect(compareClaims(100, [{ personId: 'u1', proposed: 120, approved: 120 }]).message.en).toBe('Approved claims total 120: 20 over the team target of 100');
  });
});
