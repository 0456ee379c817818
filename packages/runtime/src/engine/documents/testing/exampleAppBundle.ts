import type { AppBundle } from '../appBundle/AppBundle.js';
import type { FieldDefinition, FormSchema } from '../form/FormSchema.js';
import { exampleDashboard } from './exampleDashboard.js';
import { exampleForm } from './exampleForm.js';
import { exampleScoring } from './exampleScoring.js';
import { exampleWorkflow } from './exampleWorkflow.js';

const form = (title: string, fields: readonly FieldDefinition[]): FormSchema => ({ kind: 'form', schemaVersion: 1, title, fields });

/** A realistic app: the example documents, wired by key to the forms they read. */
export const exampleAppBundle: AppBundle = {
  kind: 'appBundle',
  schemaVersion: 1,
  app: { name: '销售管理', description: '商机、回款与月度考核', icon: 'briefcase' },
  forms: [
    { key: 'opportunities', schema: exampleForm },
    {
      key: 'customers',
      schema: form('客户', [
        { id: 'f_company', type: 'text', label: '公司名称', required: true },
        { id: 'f_industry', type: 'select', label: '行业', options: [{ value: 'it', label: 'IT' }] },
        { id: 'f_status', type: 'radio', label: '状态', options: [{ value: 'active', label: '合作中' }] },
      ]),
    },
    {
      key: 'products',
      schema: form('产品', [
        { id: 'f_product_name', type: 'text', label: '产品名称' },
        { id: 'f_price', type: 'money', label: '单价' },
      ]),
    },
    {
      key: 'payments',
      schema: form('回款', [
        { id: 'f_amount', type: 'money', label: '金额' },
        { id: 'f_date', type: 'date', label: '回款日期' },
        { id: 'f_owner', type: 'member', label: '负责人' },
        { id: 'f_dept', type: 'department', label: '部门' },
        { id: 'f_status', type: 'select', label: '状态', options: [{ value: 'confirmed', label: '已确认' }] },
      ]),
    },
    {
      key: 'targets',
      schema: form('销售目标', [
        { id: 'f_rep', type: 'member', label: '销售' },
        { id: 'f_month', type: 'date', label: '月份', format: 'YYYY-MM' },
        { id: 'f_target', type: 'money', label: '目标' },
      ]),
    },
    { key: 'visits', schema: form('拜访', [{ id: 'f_conversion', type: 'number', label: '转化率', min: 0, max: 100 }]) },
    {
      key: 'reviews',
      schema: form('主管评价', [
        { id: 'f_rep', type: 'member', label: '销售' },
        { id: 'f_date', type: 'date', label: '日期' },
        { id: 'f_grade', type: 'select', label: '评价', options: [{ value: '优秀', label: '优秀' }, { value: '良好', label: '良好' }] },
      ]),
    },
  ],
  workflows: [{ key: 'opportunity-approval', schema: exampleWorkflow }],
  scorings: [{ key: 'monthly-kpi', schema: exampleScoring }],
  dashboards: [{ key: 'sales', schema: exampleDashboard }],
  roles: [
    { key: 'finance', name: '财务', description: '审批回款与大额商机' },
    { key: 'legal', name: '法务' },
  ],
};
