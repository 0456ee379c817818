import { describe, expect, it } from 'vitest';
import type { ScoringSchema } from '../documents/scoring/ScoringSchema.js';
import { computeScores } from './computeScores.js';
import { listScoringAggregates } from './listScoringAggregates.js';
import { ScoringError } from './ScoringError.js';
import type { ScoringInputs } from './ScoringInputs.js';
import { domainInputs, domainScheme } from './testing/domainScheme.js';

const staged: ScoringSchema = {
  ...domainScheme,
  weightSets: [
    { name: '新品上市期', from: '2026-Q1', weights: { k_sales: 20, k_conversion: 40 } },
    { name: '成熟期', from: '2026-07', weights: { k_sales: 60, k_conversion: 0 } },
  ],
  trialUntil: '2026-02',
};

describe('dated weight sets and trials', () => {
  it('keeps the items’ own weights before the first set', () => {
    const sheet = computeScores(staged, { ...domainInputs, period: '2025-12' });
    expect(sheet.weightSet).toBeUndefined();
    expect(sheet.people[0]!.total).toBe(85.5);
  });

  it('weighs by the set in force, the latest that has started', () => {
    const launch = computeScores(staged, { ...domainInputs, period: '2026-03' });
    expect(launch.weightSet).toBe('新品上市期');
    expect(launch.people[0]!.items.map((item) => [item.weight, item.points])).toEqual([
      [20, 18],
      [30, 25.5],
      [40, 32],
      [10, 8],
    ]);
    const mature = computeScores(staged, domainInputs);
    expect(mature.weightSet).toBe('成熟期');
    expect(mature.weightTotal).toBe(100);
    const conversion = mature.people[0]!.items[2]!;
    expect(conversion).toMatchObject({ status: 'excluded', points: 0 });
    expect(conversion.explanation['zh-CN']).toContain('本阶段权重为 0，不计分');
    expect(mature.people[0]!.total).toBe(54 + 25.5 + 8);
  });

  it('marks the periods up to trialUntil as a trial, and says so in the total', () => {
    const trial = computeScores(staged, { ...domainInputs, period: '2026-02' });
    expect(trial.trial).toBe(true);
    expect(trial.people[0]!.explanation['zh-CN']).toContain('试运行');
    expect(trial.people[0]!.explanation.en).toContain('trial run');
    expect(computeScores(staged, { ...domainInputs, period: '2026-03' }).trial).toBe(false);
  });

  it('refuses a period that is not a period name, or of another kind, in both languages', () => {
    expect(() => computeScores(domainScheme, { ...domainInputs, period: '2026-13' })).toThrow(ScoringError);
    try {
      computeScores(domainScheme, { ...domainInputs, period: '2026-Q4' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ScoringError);
      expect((error as ScoringError).code).toBe('wrongPeriodKind');
      expect((error as ScoringError).localized['zh-CN']).toBe('考核方案“销售月度考核”按月考核，不能计算周期“2026-Q4”');
    }
  });
});

describe('derived items', () => {
  it('reports a division by zero, names the inputs and scores 0', () => {
    const sheet = computeScores(domainScheme, { ...domainInputs, derived: { k_conversion: { won: { u_li: 3 }, all: { u_li: 0 } } } });
    const conversion = sheet.people[0]!.items[2]!;
    expect(conversion).toMatchObject({ status: 'divisionByZero', points: 0, actual: null, inputs: { won: 3, all: 0 } });
    expect(conversion.explanation).toEqual({
      'zh-CN': '订单转化率（赢单数 3，商机数 0）无法计算：除数为 0，得 0 分',
      en: '订单转化率 (赢单数 3, 商机数 0) cannot be computed: division by zero, 0 points',
    });
    expect(sheet.people[0]!.total).toBe(36 + 25.5 + 8);
  });

  it('counts inputs with no records as 0', () => {
    const sheet = computeScores(domainScheme, { ...domainInputs, derived: { k_conversion: { all: { u_li: 40 } } } });
    expect(sheet.people[0]!.items[2]).toMatchObject({ status: 'scored', actual: 0, inputs: { won: 0, all: 40 }, points: 0, noRecords: false });
  });

  it('lists one grouped query per aggregate and derived input for the server', () => {
    expect(listScoringAggregates(domainScheme).map((aggregate) => (aggregate.into === 'derived' ? `${aggregate.itemId}.${aggregate.input}` : aggregate.itemId))).toEqual([
      'k_sales',
      'k_satisfaction',
      'k_conversion.won',
      'k_conversion.all',
    ]);
  });
});

describe('team roll-ups', () => {
  const team: ScoringInputs = {
    ...domainInputs,
    people: [
      { id: 'u_li', departmentId: 'd_east' },
      { id: 'u_wang', departmentId: 'd_east' },
      { id: 'u_zhao', departmentId: 'd_north' },
    ],
    departments: [
      { id: 'd_sales', name: '销售部' },
      { id: 'd_east', name: '华东组', parentId: 'd_sales' },
      { id: 'd_north', name: '华北组', parentId: 'd_sales' },
      { id: 'd_empty', name: '空组', parentId: 'd_sales' },
    ],
    actuals: { ...domainInputs.actuals, k_sales: { u_li: 900_000, u_wang: 500_000, u_zhao: 1_200_000 } },
    targets: { k_sales: { u_li: 1_000_000, u_wang: 1_000_000, u_zhao: 1_000_000 } },
  };

  it('averages over every person below a department, not over sub-department averages', () => {
    const sheet = computeScores(domainScheme, team);
    const totals = sheet.people.map((person) => person.total);
    expect(totals).toEqual([85.5, 20, 48]);
    const byId = Object.fromEntries(sheet.teams.map((t) => [t.departmentId, t]));
    expect(byId['d_east']).toMatchObject({ members: 2, total: 52.8, rollup: 'avg' });
    expect(byId['d_north']).toMatchObject({ members: 1, total: 48 });
    expect(byId['d_sales']).toMatchObject({ members: 3, total: 51.2, items: { k_sales: 34.7, k_teamwork: 2.7 } });
    expect(byId['d_empty']).toBeUndefined();
  });

  it('sums when the scheme says so, without a grade', () => {
    const sheet = computeScores({ ...domainScheme, teamRollup: 'sum' }, team);
    const sales = sheet.teams.find((t) => t.departmentId === 'd_sales')!;
    expect(sales).toMatchObject({ total: 153.5, rollup: 'sum' });
    expect(sales.grade).toBeUndefined();
  });
});
