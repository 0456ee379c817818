import { describe, expect, it } from 'vitest';
import { computeScores } from './computeScores.js';
import type { ScoreSheet } from './ScoreSheet.js';
import { domainInputs, domainScheme } from './testing/domainScheme.js';

describe('computeScores on the DOMAIN.md evaluation table', () => {
  const sheet = computeScores(domainScheme, domainInputs);
  const person = sheet.people[0]!;

  it('gives exactly 85.5: 36 + 25.5 + 16 + 8', () => {
    expect(person.items.map((item) => item.points)).toEqual([36, 25.5, 16, 8]);
    expect(person.total).toBe(85.5);
    expect(person.grade).toBe('良好');
  });

  it('reports each item with its actual value, target, achievement and method', () => {
    expect(person.items.map(({ itemId, actual, target, achievement, method, percent, status }) => ({ itemId, actual, target, achievement, method, percent, status }))).toEqual([
      { itemId: 'k_sales', actual: 900_000, target: 1_000_000, achievement: 90, method: 'ratio', percent: 90, status: 'scored' },
      { itemId: 'k_satisfaction', actual: 85, target: 90, achievement: null, method: 'percentage', percent: 85, status: 'scored' },
      { itemId: 'k_conversion', actual: 8, target: 10, achievement: 80, method: 'ratio', percent: 80, status: 'scored' },
      { itemId: 'k_teamwork', actual: '良好', target: null, achievement: null, method: 'grades', percent: 80, status: 'scored' },
    ]);
    expect(person.items[2]?.inputs).toEqual({ won: 8, all: 100 });
  });

  it('explains every item so a rep can follow it, in Chinese and in English', () => {
    expect(person.items.map((item) => item.explanation['zh-CN'])).toEqual([
      '签约金额 90万 ÷ 目标 100万 = 90% × 权重 40 = 36 分',
      '客户满意度 85% × 权重 30 = 25.5 分',
      '订单转化率（赢单数 8，商机数 100）8% ÷ 目标 10% = 80% × 权重 20 = 16 分',
      '团队协作 良好 = 80% × 权重 10 = 8 分',
    ]);
    expect(person.items.map((item) => item.explanation.en)).toEqual([
      '签约金额 900,000 ÷ target 1,000,000 = 90% × weight 40 = 36 points',
      '客户满意度 85% × weight 30 = 25.5 points',
      '订单转化率 (赢单数 8, 商机数 100) 8% ÷ target 10% = 80% × weight 20 = 16 points',
      '团队协作 良好 = 80% × weight 10 = 8 points',
    ]);
    expect(person.explanation).toEqual({ 'zh-CN': '36 + 25.5 + 16 + 8 = 85.5 分，评级 良好', en: '36 + 25.5 + 16 + 8 = 85.5 points, grade 良好' });
  });

  it('rolls the rep up into their team and every department above it', () => {
    expect(sheet.teams.map(({ departmentId, members, total, grade }) => ({ departmentId, members, total, grade }))).toEqual([
      { departmentId: 'd_sales', members: 1, total: 85.5, grade: '良好' },
      { departmentId: 'd_east', members: 1, total: 85.5, grade: '良好' },
    ]);
  });

  it('is plain JSON: a sheet survives a round trip through JSON unchanged, and so do its inputs', () => {
    const inputs = JSON.parse(JSON.stringify(domainInputs)) as typeof domainInputs;
    const again = computeScores(domainScheme, inputs);
    expect(JSON.parse(JSON.stringify(again)) as ScoreSheet).toEqual(sheet);
  });

  it('caps the sales ratio at 120 %', () => {
    const capped = computeScores(domainScheme, { ...domainInputs, actuals: { ...domainInputs.actuals, k_sales: { u_li: 1_500_000 } } });
    const sales = capped.people[0]!.items[0]!;
    expect(sales.points).toBe(48);
    expect(sales.achievement).toBe(150);
    expect(sales.explanation['zh-CN']).toBe('签约金额 150万 ÷ 目标 100万 = 150%，封顶 120% × 权重 40 = 48 分');
  });
});
