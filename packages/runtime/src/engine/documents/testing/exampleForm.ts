import type { FormSchema } from '../form/FormSchema.js';

/**
 * A realistic form using every field type with its settings: an opportunity follow-up of a sales
 * CRM. Valid; tests change one thing in a copy of it.
 */
export const exampleForm: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: '商机跟进',
  description: '销售每次拜访客户后填写',
  layout: { columns: 2, labelPlacement: 'top' },
  fields: [
    {
      id: 'f_no',
      type: 'serial',
      label: '编号',
      parts: [
        { kind: 'text', value: 'OPP-' },
        { kind: 'date', format: 'YYYYMMDD' },
        { kind: 'field', field: 'f_owner' },
        { kind: 'counter', digits: 4, start: 1, reset: 'day' },
      ],
    },
    {
      id: 'f_basic',
      type: 'section',
      label: '基本信息',
      columns: 2,
      collapsible: true,
      fields: [
        { id: 'f_name', type: 'text', label: '商机名称', alias: 'name', required: true, minLength: 2, maxLength: 100, placeholder: '如：某某公司年度采购' },
        { id: 'f_code', type: 'text', label: '合同号', pattern: '^HT-[0-9]{6}$', patternMessage: { 'zh-CN': '格式如 HT-000123', en: 'Like HT-000123' }, unique: true },
        { id: 'f_customer', type: 'link', label: '客户', formId: 'customers', displayField: 'f_company', filter: { field: 'f_status', op: 'eq', value: 'active' } },
        { id: 'f_industry', type: 'lookup', label: '客户行业', linkField: 'f_customer', sourceField: 'f_industry' },
        {
          id: 'f_stage',
          type: 'radio',
          label: '阶段',
          required: true,
          options: [
            { value: 'lead', label: '线索', color: '#8c8c8c' },
            { value: 'proposal', label: '方案', color: '#2f7cf6' },
            { value: 'won', label: '赢单', color: '#52c41a' },
            { value: 'lost', label: '输单', color: '#f5222d' },
          ],
          defaultValue: { kind: 'fixed', value: 'lead' },
        },
        {
          id: 'f_source',
          type: 'select',
          label: '来源',
          options: [
            { value: 'web', label: '官网' },
            { value: 'referral', label: '转介绍' },
          ],
        },
        {
          id: 'f_tags',
          type: 'checkbox',
          label: '标签',
          options: [
            { value: 'vip', label: '重点' },
            { value: 'urgent', label: '紧急' },
            { value: 'renewal', label: '续约' },
          ],
          minSelected: 0,
          maxSelected: 2,
        },
        {
          id: 'f_products',
          type: 'multiselect',
          label: '意向产品',
          options: [
            { value: 'crm', label: 'CRM' },
            { value: 'erp', label: 'ERP' },
          ],
        },
      ],
    },
    { id: 'f_amount', type: 'money', label: '预计金额', min: 0, precision: 2, currency: 'CNY', unit: '元', required: true },
    { id: 'f_probability', type: 'number', label: '赢率', min: 0, max: 100, precision: 0, unit: '%' },
    {
      id: 'f_weighted',
      type: 'formula',
      label: '加权金额',
      expression: { '*': [{ var: 'f_amount' }, { '/': [{ var: 'f_probability' }, 100] }] },
      resultType: 'number',
      precision: 2,
      unit: '元',
    },
    { id: 'f_close', type: 'date', label: '预计成交日期', format: 'YYYY-MM-DD', min: '2020-01-01', max: '2099-12-31', defaultValue: { kind: 'today' } },
    { id: 'f_next_visit', type: 'datetime', label: '下次拜访', format: 'YYYY-MM-DD HH:mm', min: '2020-01-01T00:00:00+08:00', defaultValue: { kind: 'now' } },
    { id: 'f_owner', type: 'member', label: '负责人', required: true, defaultValue: { kind: 'currentUser' } },
    { id: 'f_team', type: 'members', label: '协作人', scope: { roles: ['member', 'manager'] } },
    { id: 'f_dept', type: 'department', label: '所属部门', defaultValue: { kind: 'currentDepartment' } },
    { id: 'f_depts', type: 'departments', label: '相关部门', scope: { departments: ['d_sales'] } },
    { id: 'f_phone', type: 'phone', label: '联系电话' },
    { id: 'f_email', type: 'email', label: '邮箱' },
    { id: 'f_site', type: 'url', label: '官网' },
    { id: 'f_address', type: 'address', label: '地址', level: 'detail' },
    { id: 'f_checkin', type: 'location', label: '签到位置', readOnly: true },
    { id: 'f_photos', type: 'image', label: '现场照片', maxFiles: 9, maxSizeMB: 10, accept: ['image/*'] },
    { id: 'f_files', type: 'attachment', label: '附件', accept: ['.pdf', '.docx'] },
    { id: 'f_sign', type: 'signature', label: '客户签字', maxFiles: 1 },
    { id: 'f_needs', type: 'textarea', label: '需求描述', maxLength: 2000, span: 2 },
    { id: 'f_notes', type: 'richtext', label: '跟进记录', maxLength: 5000 },
    { id: 'f_rating', type: 'rating', label: '客户满意度', max: 5 },
    {
      id: 'f_items',
      type: 'subform',
      label: '产品明细',
      minRows: 1,
      maxRows: 50,
      fields: [
        { id: 'f_item_product', type: 'link', label: '产品', formId: 'products', displayField: 'f_product_name' },
        { id: 'f_item_price', type: 'lookup', label: '单价', linkField: 'f_item_product', sourceField: 'f_price' },
        { id: 'f_item_qty', type: 'number', label: '数量', min: 1, defaultValue: { kind: 'fixed', value: 1 } },
        {
          id: 'f_item_total',
          type: 'formula',
          label: '小计',
          expression: { '*': [{ var: '$row.f_item_qty' }, { var: '$row.f_item_price' }] },
          resultType: 'number',
        },
      ],
    },
    { id: 'f_tip', type: 'description', label: '填写说明', content: '金额以合同为准。<b>不会</b>被当作 HTML。' },
  ],
  rules: {
    validations: [
      {
        id: 'r_won_needs_amount',
        assert: { or: [{ '!=': [{ var: 'f_stage' }, 'won'] }, { '>': [{ var: 'f_amount' }, 0] }] },
        message: { 'zh-CN': '赢单必须填写金额', en: 'A won deal needs an amount' },
        fields: ['f_amount'],
        when: { '!!': [{ var: 'f_stage' }] },
      },
    ],
  },
  settings: {
    submitText: { 'zh-CN': '提交跟进', en: 'Submit' },
    access: { submit: { roles: ['member', 'manager'] }, rows: { member: 'own', manager: 'department', admin: 'all' } },
  },
};
