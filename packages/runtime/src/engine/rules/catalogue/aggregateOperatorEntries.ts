import { parameter, type RuleOperatorDescriptor } from './RuleOperatorDescriptor.js';

const rows = parameter('rows', 'rows', '子表单（如 {"var": "f_items"}）', 'The subform (e.g. {"var": "f_items"})');
const column = parameter('column', 'column', '子表单列的字段 ID', 'The id of a subform column');
const filter = parameter(
  'filter',
  'rule',
  '只统计满足此条件的行；条件中用 {"var": "$row.列ID"} 读取该行的值',
  'Only rows meeting this condition count; inside it {"var": "$row.columnId"} reads that row\'s cell',
  { optional: true },
);

function aggregate(name: string, zh: string, en: string, example: RuleOperatorDescriptor['example']): RuleOperatorDescriptor {
  return { name, group: 'aggregate', standard: false, args: [rows, column, filter], returns: 'number', description: { 'zh-CN': zh, en }, example };
}

export const aggregateOperatorEntries: readonly RuleOperatorDescriptor[] = [
  aggregate('sum_of', '子表单某列求和（跳过空值与非数字）', 'Sums a subform column (empty and non-numeric cells are skipped)', {
    sum_of: [{ var: 'f_items' }, 'f_amount'],
  }),
  aggregate('avg_of', '子表单某列的平均值（没有数字时为空）', 'The average of a subform column (null when it holds no number)', {
    avg_of: [{ var: 'f_items' }, 'f_price', { '>': [{ var: '$row.f_qty' }, 0] }],
  }),
  aggregate('min_of', '子表单某列的最小值', 'The smallest value of a subform column', { min_of: [{ var: 'f_items' }, 'f_price'] }),
  aggregate('max_of', '子表单某列的最大值', 'The largest value of a subform column', { max_of: [{ var: 'f_items' }, 'f_price'] }),
  {
    name: 'count_of',
    group: 'aggregate',
    standard: false,
    args: [rows, { ...column, optional: true, description: { 'zh-CN': '子表单列的字段 ID；为 null 时统计行数', en: 'The id of a subform column; null counts rows' } }, filter],
    returns: 'number',
    description: { 'zh-CN': '统计满足条件的行数；给出列时只统计该列不为空的行', en: 'Counts the rows meeting the filter; given a column, only those whose cell is not empty' },
    example: { count_of: [{ var: 'f_items' }, null, { '==': [{ var: '$row.f_status' }, 'shipped'] }] },
  },
];
