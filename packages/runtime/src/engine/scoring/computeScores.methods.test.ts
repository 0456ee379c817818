import { describe, expect, it } from 'vitest';
import type { KpiItem } from '../documents/scoring/ScoringSchema.js';
import { computeScores } from './computeScores.js';
import type { ItemScore } from './ScoreSheet.js';
import { singleItemScheme } from './testing/singleItemScheme.js';

function scoreOf(item: Partial<KpiItem>, actual: number | string | undefined, target?: number): ItemScore {
  const scheme = singleItemScheme(item);
  const sheet = computeScores(scheme, {
    period: '2026-11',
    people: [{ id: 'u1' }],
    actuals: actual === undefined ? {} : { k_a: { u1: actual } },
    ...(target === undefined ? {} : { targets: { k_a: { u1: target } } }),
  });
  return sheet.people[0]!.items[0]!;
}

const formTarget = { kind: 'form', formId: 't', personField: 'f_rep', periodField: 'f_p', valueField: 'f_v' } as const;

describe('inverse items: less is better', () => {
  const inverse = (cap?: number): Partial<KpiItem> => ({ target: formTarget, method: cap === undefined ? { kind: 'inverse' } : { kind: 'inverse', cap }, unit: '次' });

  it.each([
    [0, 100, 10],
    [1, 100, 10],
    [2, 100, 10],
    [3, 50, 5],
    [4, 0, 0],
    [9, 0, 0],
  ])('%i complaints against a ceiling of 2 earn %i % of the weight', (actual, percent, points) => {
    const item = scoreOf(inverse(), actual, 2);
    expect(item.percent).toBe(percent);
    expect(item.points).toBe(points);
  });

  it('gives up to the cap when there are fewer than the ceiling', () => {
    expect(scoreOf(inverse(150), 0, 2).points).toBe(15);
    expect(scoreOf(inverse(150), 1, 2).points).toBe(15);
    expect(scoreOf(inverse(150), 2, 2).points).toBe(10);
  });

  it('explains the formula', () => {
    expect(scoreOf(inverse(), 3, 2).explanation).toEqual({
      'zh-CN': '客户投诉 3次 ÷ 上限 2次 = 150%，越少越好：200% − 150% = 50% × 权重 10 = 5 分',
      en: '客户投诉 3 次 ÷ ceiling 2 次 = 150%; less is better: 200% − 150% = 50% × weight 10 = 5 points',
    });
    expect(scoreOf(inverse(), 5, 2).explanation['zh-CN']).toBe('客户投诉 5次 ÷ 上限 2次 = 250%，越少越好：200% − 250% = -50%，取 0% × 权重 10 = 0 分');
  });

  it('counts a month without complaint records as none, full marks, and says so', () => {
    const item = scoreOf(inverse(), undefined, 2);
    expect(item).toMatchObject({ actual: 0, noRecords: true, status: 'scored', points: 10 });
    expect(item.explanation['zh-CN']).toContain('本期没有记录，按 0 计');
    expect(item.explanation.en).toContain('no records this period, counted as 0');
  });

  it('deducts points per unit down to 0', () => {
    const deduction: Partial<KpiItem> = { method: { kind: 'deduction', perUnit: 3 }, name: '逾期天数', unit: '天' };
    expect(scoreOf(deduction, 2).points).toBe(4);
    expect(scoreOf(deduction, 5).points).toBe(0);
    expect(scoreOf(deduction, 2).explanation['zh-CN']).toBe('逾期天数 2天 × 每单位扣 3 分 = 扣 6 分，权重 10 − 6 = 4 分');
    expect(scoreOf(deduction, 5).explanation.en).toBe('逾期天数 5 天 × 3 points per unit = 15 deducted; weight 10 − 15, at least 0 = 0 points');
  });
});

describe('tiers', () => {
  const onValue: Partial<KpiItem> = {
    name: '客户拜访',
    method: { kind: 'tiers', basis: 'value', tiers: [{ min: 20, percent: 100 }, { min: 10, percent: 50 }, { min: 30, percent: 120 }] },
  };
  it.each([
    [9, 0],
    [10, 5],
    [19.99, 5],
    [20, 10],
    [29, 10],
    [30, 12],
  ])('a value of %d reaches %d points, each tier from its minimum on', (actual, points) => {
    expect(scoreOf(onValue, actual).points).toBe(points);
  });

  it('reads tiers on achievement against the target, and says which tier was reached', () => {
    const onAchievement: Partial<KpiItem> = { target: formTarget, method: { kind: 'tiers', basis: 'achievement', tiers: [{ min: 80, percent: 60 }, { min: 100, percent: 100 }] } };
    expect(scoreOf(onAchievement, 79, 100).points).toBe(0);
    expect(scoreOf(onAchievement, 80, 100).points).toBe(6);
    expect(scoreOf(onAchievement, 100, 100).explanation['zh-CN']).toBe('客户投诉 100 ÷ 目标 100 = 100%，达到“≥ 100%”档 = 100% × 权重 10 = 10 分');
    expect(scoreOf(onAchievement, 50, 100).explanation.en).toBe('客户投诉 50 ÷ target 100 = 50%, below the lowest tier (≥ 80%), 0 points');
  });
});

describe('grades, percentages and ratios', () => {
  const grades: Partial<KpiItem> = { method: { kind: 'grades', grades: [{ grade: '优秀', percent: 100 }, { grade: '良好', percent: 80 }] } };

  it('maps a grade to its share, and an unknown grade to 0 with the reason', () => {
    expect(scoreOf(grades, '优秀').points).toBe(10);
    const unknown = scoreOf(grades, '差');
    expect(unknown).toMatchObject({ status: 'unknownGrade', points: 0 });
    expect(unknown.explanation['zh-CN']).toBe('客户投诉 等级“差”不在等级表中，得 0 分');
  });

  it('caps a direct percentage when the item says so', () => {
    expect(scoreOf({ method: { kind: 'percentage' } }, 130).points).toBe(13);
    expect(scoreOf({ method: { kind: 'percentage', cap: 100 } }, 130).points).toBe(10);
  });

  it('scores 0 without a target, or with a target of 0, and says why', () => {
    const ratio: Partial<KpiItem> = { target: formTarget, method: { kind: 'ratio' } };
    expect(scoreOf(ratio, 5)).toMatchObject({ status: 'noTarget', points: 0, explanation: { en: '客户投诉: no target set, 0 points' } });
    expect(scoreOf(ratio, 5, 0)).toMatchObject({ status: 'noTarget', points: 0 });
  });

  it('scores a text where a number is needed as 0', () => {
    expect(scoreOf({ method: { kind: 'percentage' } }, 'abc')).toMatchObject({ status: 'notANumber', points: 0 });
  });

  it('never gives negative points for a negative actual (refunds outweighing sales)', () => {
    expect(scoreOf({ target: formTarget, method: { kind: 'ratio' } }, -50, 100).points).toBe(0);
  });
});

describe('items without a value', () => {
  it('gives an average over no records 0 points and says there were no records', () => {
    const item = scoreOf({ source: { kind: 'aggregate', formId: 's', aggregate: 'avg', field: 'f_s', personField: 'f_rep', dateField: 'f_d' } }, undefined);
    expect(item).toMatchObject({ status: 'noRecords', points: 0, actual: null, noRecords: true });
    expect(item.explanation).toEqual({ 'zh-CN': '客户投诉 本期没有记录，得 0 分', en: '客户投诉: no records this period, 0 points' });
  });

  it('gives a manual item nobody assessed 0 points and says so', () => {
    const item = scoreOf({ source: { kind: 'manual', formId: 'r', personField: 'f_rep', periodField: 'f_p', field: 'f_g' } }, undefined);
    expect(item).toMatchObject({ status: 'notAssessed', points: 0 });
    expect(item.explanation['zh-CN']).toBe('客户投诉 尚未评分，得 0 分');
  });
});
