import type { ScoringSchema } from '../scoring/ScoringSchema.js';

/** A realistic monthly sales KPI scheme using every source, target and scoring method. */
export const exampleScoring: ScoringSchema = {
  kind: 'scoring',
  schemaVersion: 1,
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
      source: { formId: 'visits', aggregate: 'count', personField: '_createdBy', dateField: '_createdAt' },
      method: {
        kind: 'tiers',
        basis: 'value',
        tiers: [
          { min: 10, score: 10 },
          { min: 20, score: 20 },
        ],
      },
    },
    {
      id: 'k_conversion',
      name: '转化率',
      weight: 10,
      source: { formId: 'visits', aggregate: 'avg', field: 'f_conversion', personField: '_createdBy', dateField: '_createdAt' },
      method: { kind: 'percentage' },
    },
    {
      id: 'k_review',
      name: '主管评价',
      weight: 20,
      source: { formId: 'reviews', aggregate: 'latest', field: 'f_grade', personField: 'f_rep', dateField: 'f_date' },
      target: { kind: 'fixed', value: 1 },
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
};
