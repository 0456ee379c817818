import { parameter, type RuleOperatorDescriptor } from './RuleOperatorDescriptor.js';

const left = parameter('a', 'any', '左边的值', 'The left value');
const right = parameter('b', 'any', '右边的值', 'The right value');

function comparison(name: string, zh: string, en: string, example: RuleOperatorDescriptor['example']): RuleOperatorDescriptor {
  return { name, group: 'logic', standard: true, args: [left, right], returns: 'boolean', description: { 'zh-CN': zh, en }, example };
}

export const logicOperatorEntries: readonly RuleOperatorDescriptor[] = [
  {
    name: 'var',
    group: 'logic',
    standard: true,
    args: [
      parameter('path', 'text', '字段 ID（子表单行内用 $row.列ID）', 'A field id ($row.columnId inside a subform row)'),
      parameter('default', 'any', '没有值时的默认值', 'The value when there is none', { optional: true }),
    ],
    returns: 'any',
    description: { 'zh-CN': '读取字段的值', en: "Reads a field's value" },
    example: { var: 'f_amount' },
  },
  {
    name: 'if',
    group: 'logic',
    standard: true,
    args: [
      parameter('condition', 'boolean', '条件', 'A condition'),
      parameter('then', 'any', '条件成立时的值', 'The value when it holds'),
      parameter('else', 'any', '否则的值（可继续写“条件, 值”对）', 'The value otherwise (more condition, value pairs may come first)', { optional: true, repeatable: true }),
    ],
    returns: 'any',
    description: { 'zh-CN': '按条件取值', en: 'Picks a value by condition' },
    example: { if: [{ '>=': [{ var: 'f_score' }, 90] }, '优秀', { '>=': [{ var: 'f_score' }, 60] }, '合格', '不合格'] },
  },
  {
    name: 'and',
    group: 'logic',
    standard: true,
    args: [parameter('conditions', 'boolean', '条件', 'Conditions', { repeatable: true })],
    returns: 'boolean',
    description: { 'zh-CN': '所有条件都成立', en: 'All conditions hold' },
    example: { and: [{ '>': [{ var: 'f_amount' }, 0] }, { '!': [{ is_empty: [{ var: 'f_customer' }] }] }] },
  },
  {
    name: 'or',
    group: 'logic',
    standard: true,
    args: [parameter('conditions', 'boolean', '条件', 'Conditions', { repeatable: true })],
    returns: 'boolean',
    description: { 'zh-CN': '至少一个条件成立', en: 'At least one condition holds' },
    example: { or: [{ '==': [{ var: 'f_level' }, 'A'] }, { '>': [{ var: 'f_amount' }, 100000] }] },
  },
  {
    name: '!',
    group: 'logic',
    standard: true,
    args: [parameter('condition', 'boolean', '条件', 'A condition')],
    returns: 'boolean',
    description: { 'zh-CN': '取反（空文本、0、空列表、空值视为不成立）', en: 'Negates (empty text, 0, empty lists and null count as false)' },
    example: { '!': [{ var: 'f_paid' }] },
  },
  comparison('==', '等于（会转换类型：1 等于 "1"）', 'Equal (with type conversion: 1 equals "1")', { '==': [{ var: 'f_status' }, 'won'] }),
  comparison('!=', '不等于', 'Not equal', { '!=': [{ var: 'f_status' }, 'lost'] }),
  comparison('>', '大于', 'Greater than', { '>': [{ var: 'f_amount' }, 10000] }),
  comparison('>=', '大于等于', 'Greater than or equal', { '>=': [{ var: 'f_score' }, 60] }),
  comparison('<', '小于（三个参数时表示介于两者之间）', 'Less than (with three arguments: strictly between)', { '<': [0, { var: 'f_discount' }, 1] }),
  comparison('<=', '小于等于（三个参数时表示介于两者之间，含两端）', 'Less than or equal (with three arguments: between, inclusive)', { '<=': [1, { var: 'f_rating' }, 5] }),
  {
    name: 'coalesce',
    group: 'logic',
    standard: false,
    args: [parameter('values', 'any', '候选值，依次尝试', 'Candidate values, tried in order', { repeatable: true })],
    returns: 'any',
    description: { 'zh-CN': '第一个不为空的值（都为空时为空）', en: 'The first value that is not empty (null when all are)' },
    example: { coalesce: [{ var: 'f_nickname' }, { var: 'f_name' }, '未命名'] },
  },
];
