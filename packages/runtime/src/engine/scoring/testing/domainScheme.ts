import type { ScoringSchema } from '../../documents/scoring/ScoringSchema.js';
import type { ScoringInputs } from '../ScoringInputs.js';

/** The evaluation table of DOMAIN.md as a scheme: sales amount, satisfaction, conversion, teamwork. */
export const domainScheme: ScoringSchema = {
  kind: 'scoring',
  schemaVersion: 2,
  title: '销售月度考核',
  period: 'month',
  precision: 1,
  items: [
    {
      id: 'k_sales',
      name: '签约金额',
      weight: 40,
      source: { kind: 'aggregate', formId: 'contracts', aggregate: 'sum', field: 'f_amount', personField: 'f_owner', dateField: 'f_signed' },
      target: { kind: 'form', formId: 'targets', personField: 'f_rep', periodField: 'f_period', valueField: 'f_amount' },
      method: { kind: 'ratio', cap: 120 },
    },
    {
      id: 'k_satisfaction',
      name: '客户满意度',
      weight: 30,
      unit: '%',
      source: { kind: 'aggregate', formId: 'surveys', aggregate: 'avg', field: 'f_score', personField: 'f_rep', dateField: 'f_date' },
      target: { kind: 'fixed', value: 90 },
      method: { kind: 'percentage' },
    },
    {
      id: 'k_conversion',
      name: '订单转化率',
      weight: 20,
      unit: '%',
      source: {
        kind: 'derived',
        inputs: [
          { name: 'won', label: '赢单数', source: { formId: 'opportunities', aggregate: 'count', filter: { field: 'f_stage', op: 'eq', value: 'won' }, personField: 'f_owner', dateField: 'f_date' } },
          { name: 'all', label: '商机数', source: { formId: 'opportunities', aggregate: 'count', personField: 'f_owner', dateField: 'f_date' } },
        ],
        formula: { '*': [{ '/': [{ var: 'won' }, { var: 'all' }] }, 100] },
      },
      target: { kind: 'fixed', value: 10 },
      method: { kind: 'ratio' },
    },
    {
      id: 'k_teamwork',
      name: '团队协作',
      weight: 10,
      source: { kind: 'manual', formId: 'reviews', personField: 'f_rep', periodField: 'f_period', field: 'f_grade' },
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
    { grade: '优秀', min: 90 },
    { grade: '良好', min: 80 },
    { grade: '合格', min: 60 },
    { grade: '不合格', min: 0 },
  ],
};

/** The table's rep: 90万 of 100万 signed, 85 % satisfaction, 8 of 100 opportunities won, 良好. */
export const domainInputs: ScoringInputs = {
  period: '2026-11',
  people: [{ id: 'u_li', name: '李雷', departmentId: 'd_east' }],
  departments: [
    { id: 'd_sales', name: '销售部' },
    { id: 'd_east', name: '华东组', parentId: 'd_sales' },
  ],
  actuals: { k_sales: { u_li: 900_000 }, k_satisfaction: { u_li: 85 }, k_teamwork: { u_li: '良好' } },
  derived: { k_conversion: { won: { u_li: 8 }, all: { u_li: 100 } } },
  targets: { k_sales: { u_li: 1_000_000 } },
};
