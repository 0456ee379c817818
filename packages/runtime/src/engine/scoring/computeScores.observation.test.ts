import { describe, expect, it } from 'vitest';
import type { KpiItem, ScoringSchema } from '../documents/scoring/ScoringSchema.js';
import { computeScores } from './computeScores.js';

// Observation items (观察指标 / 监控指标): weight 0 of their own — computed and shown with actual,
// target and achievement, 0 points, outside the weight total, and said to be not scored.

const contracts = { formId: 'contracts', aggregate: 'sum', field: 'f_amount', personField: 'f_owner', dateField: 'f_sign_date' } as const;
const payments = { formId: 'payments', aggregate: 'sum', field: 'f_amount', personField: 'f_owner', dateField: 'f_payment_date' } as const;

const sales: KpiItem = { id: 'k_sales', name: '签约金额', weight: 100, source: { kind: 'aggregate', ...contracts }, target: { kind: 'fixed', value: 1_000_000 }, method: { kind: 'ratio', cap: 120 }, unit: '元' };
const collection: KpiItem = {
  id: 'k_collection',
  name: '回款率',
  weight: 0,
  source: {
    kind: 'derived',
    inputs: [
      { name: 'paid', label: '回款金额', source: payments },
      { name: 'signed', label: '签约金额', source: contracts },
    ],
    formula: { '*': [{ '/': [{ var: 'paid' }, { var: 'signed' }] }, 100] },
  },
  target: { kind: 'fixed', value: 100 },
  method: { kind: 'ratio' },
  unit: '%',
};
const paidTotal: KpiItem = { id: 'k_paid', name: '回款金额', weight: 0, source: { kind: 'aggregate', ...payments }, target: { kind: 'fixed', value: 500_000 }, method: { kind: 'ratio' }, unit: '元' };
const scheme: ScoringSchema = { kind: 'scoring', schemaVersion: 2, title: 'KPI', period: 'month', items: [sales, collection, paidTotal] };

function sheetOf(s: ScoringSchema, period = '2026-11') {
  return computeScores(s, {
    period,
    people: [{ id: 'u_li' }, { id: 'u_new' }],
    actuals: { k_sales: { u_li: 600_000 }, k_paid: { u_li: 500_000 } },
    derived: { k_collection: { paid: { u_li: 500_000 }, signed: { u_li: 600_000 } } },
  });
}

describe('observation items (weight 0)', () => {
  it('computes actual, target and achievement, gives 0 points and says it is not scored, in both languages', () => {
    const li = sheetOf(scheme).people[0]!;
    const observed = li.items[1]!;
    expect(observed).toMatchObject({ itemId: 'k_collection', weight: 0, target: 100, achievement: 83.33, percent: 83.33, points: 0, status: 'scored', observation: true, inputs: { paid: 500_000, signed: 600_000 } });
    expect(observed.actual).toBeCloseTo(83.333, 3);
    expect(observed.explanation).toEqual({
      'zh-CN': '回款率（回款金额 50万，签约金额 60万）83.33% ÷ 目标 100% = 83.33%，观察指标，不计分',
      en: '回款率 (回款金额 500,000, 签约金额 600,000) 83.33% ÷ target 100% = 83.33%, observation item, not scored',
    });
    expect(li.items[2]!.explanation['zh-CN']).toBe('回款金额 50万元 ÷ 目标 50万元 = 100%，观察指标，不计分');
  });

  it('leaves the total and the weight total to the scored items, and the total’s sum lists only them', () => {
    const sheet = sheetOf(scheme);
    const li = sheet.people[0]!;
    expect(li.items[0]).toMatchObject({ points: 60 });
    expect(li.items[0]!.observation).toBeUndefined();
    expect(li.total).toBe(60);
    expect(sheet.weightTotal).toBe(100);
    expect(li.explanation).toEqual({ 'zh-CN': '60 = 60 分', en: '60 = 60 points' });
  });

  it('says so when there is nothing to observe: no records, or a division by zero', () => {
    const fresh = sheetOf(scheme).people[1]!;
    expect(fresh.items[1]).toMatchObject({ status: 'divisionByZero', points: 0, observation: true, actual: null });
    expect(fresh.items[1]!.explanation).toEqual({
      'zh-CN': '回款率（回款金额 0，签约金额 0）无法计算：除数为 0，观察指标，不计分',
      en: '回款率 (回款金额 0, 签约金额 0) cannot be computed: division by zero, observation item, not scored',
    });
    expect(fresh.items[2]).toMatchObject({ status: 'scored', noRecords: true, actual: 0, achievement: 0, points: 0, observation: true });
    expect(fresh.items[2]!.explanation['zh-CN']).toBe('回款金额 0元 ÷ 目标 50万元 = 0%，观察指标，不计分（本期没有记录，按 0 计）');
    expect(fresh.items[2]!.explanation.en).toBe('回款金额 0 元 ÷ target 500,000 元 = 0%, observation item, not scored (no records this period, counted as 0)');
    // A weighted item with the same lack still scores 0 points, as before.
    expect(fresh.items[0]!.explanation['zh-CN']).toBe('签约金额 0元 ÷ 目标 100万元 = 0% × 权重 100 = 0 分（本期没有记录，按 0 计）');
  });

  it('observes a less-is-better deduction without a share of a weight of 0', () => {
    const complaints: KpiItem = { id: 'k_complaints', name: '投诉', weight: 0, source: { kind: 'aggregate', formId: 'complaints', aggregate: 'count', personField: 'f_owner', dateField: 'f_date' }, method: { kind: 'deduction', perUnit: 2 }, unit: '次' };
    const sheet = computeScores({ ...scheme, items: [sales, complaints] }, { period: '2026-11', people: [{ id: 'u_li' }], actuals: { k_complaints: { u_li: 3 } } });
    expect(sheet.people[0]!.items[1]).toMatchObject({ points: 0, percent: 0, observation: true });
    expect(sheet.people[0]!.items[1]!.explanation).toEqual({ 'zh-CN': '投诉 3次 × 每单位扣 2 分 = 扣 6 分，观察指标，不计分', en: '投诉 3 次 × 2 points per unit = 6 deducted, observation item, not scored' });
  });

  it('scores an observation item a weight set weighs, and still takes out (not observes) a weighted item a set weighs 0', () => {
    const staged: ScoringSchema = { ...scheme, weightSets: [{ name: '回款冲刺', from: '2026-12', weights: { k_sales: 0, k_collection: 100 } }] };
    const december = sheetOf(staged, '2026-12');
    const li = december.people[0]!;
    expect(li.items[0]).toMatchObject({ status: 'excluded', points: 0, actual: 600_000 });
    expect(li.items[0]!.observation).toBeUndefined();
    expect(li.items[1]).toMatchObject({ weight: 100, status: 'scored', points: 83.3 });
    expect(li.items[1]!.observation).toBeUndefined();
    expect(li.items[1]!.explanation['zh-CN']).toBe('回款率（回款金额 50万，签约金额 60万）83.33% ÷ 目标 100% = 83.33% × 权重 100 = 83.3 分');
    expect(december.weightTotal).toBe(100);
    // Before the stage, the item is observed again.
    expect(sheetOf(staged, '2026-11').people[0]!.items[1]).toMatchObject({ weight: 0, observation: true, points: 0 });
  });
});
