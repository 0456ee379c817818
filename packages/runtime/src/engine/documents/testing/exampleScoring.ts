import type { ScoringSchema } from '../scoring/ScoringSchema.js';

/** A realistic monthly sales KPI scheme using every source, target and most scoring methods. */
export const exampleScoring: ScoringSchema = {
  kind: 'scoring',
  schemaVersion: 2,
  title: '销售月度考核',
  description: '回款、拜访、转化和主管评价',
  period: 'month',
  teamRollup: 'avg',
  precision: 1,
  items: [
    {
      id: 'k_revenue',
      name: '回款额',
      weight: 50,
      unit: '元',
      source: {
        kind: 'aggregate',
        formId: 'payments',
        aggregate: 'sum',
        field: 'f_amount',
        filter: { and: [{ field: 'f_status', op: 'eq', value: 'confirmed' }, { field: 'f_amount', op: 'gt', value: 0 }] },
        personField: 'f_owner',
        dateField: 'f_date',
      },
      target: { kind: 'form', formId: 'targets', personField: 'f_rep', periodField: 'f_month', valueField: 'f_target' },
      method: { kind: 'ratio', cap: 120 },
    },
    {
      id: 'k_visits',
      name: '客户拜访',
      weight: 20,
      unit: '次',
      source: { kind: 'aggregate', formId: 'visits', aggregate: 'count', personField: '_createdBy', dateField: '_createdAt' },
      method: {
        kind: 'tiers',
        basis: 'value',
        tiers: [
          { min: 10, percent: 50 },
          { min: 20, percent: 100 },
        ],
      },
    },
    {
      id: 'k_conversion',
      name: '转化率',
      weight: 10,
      unit: '%',
      source: {
        kind: 'derived',
        inputs: [
          { name: 'won', label: '赢单数', source: { formId: 'opportunities', aggregate: 'count', filter: { field: 'f_stage', op: 'eq', value: 'won' }, personField: 'f_owner', dateField: '_createdAt' } },
          { name: 'all', label: '商机数', source: { formId: 'opportunities', aggregate: 'count', personField: 'f_owner', dateField: '_createdAt' } },
        ],
        formula: { '*': [{ '/': [{ var: 'won' }, { var: 'all' }] }, 100] },
      },
      target: { kind: 'fixed', value: 10 },
      method: { kind: 'ratio', cap: 150 },
    },
    {
      id: 'k_review',
      name: '主管评价',
      weight: 20,
      source: { kind: 'manual', formId: 'reviews', personField: 'f_rep', periodField: 'f_date', field: 'f_grade' },
      method: {
        kind: 'grades',
        grades: [
          { grade: '优秀', percent: 100 },
          { grade: '良好', percent: 80 },
          { grade: '合格', percent: 60 },
          { grade: '不合格', percent: 0 },
        ],
      },
    },
  ],
  bands: [
    { grade: '优秀', min: 90, color: '#52c41a' },
    { grade: '良好', min: 75, color: '#2f7cf6' },
    { grade: '合格', min: 60 },
    { grade: '不合格', min: 0, color: '#f5222d' },
  ],
  weightSets: [{ name: '旺季', from: '2026-Q4', weights: { k_revenue: 60, k_visits: 10 } }],
  validFrom: '2026-01',
};
