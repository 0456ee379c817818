import { parameter, type RuleOperatorDescriptor } from './RuleOperatorDescriptor.js';

const text = parameter('text', 'text', '文本（空值视为空文本）', 'A text (an empty value reads as empty text)');

function textOperator(name: string, args: RuleOperatorDescriptor['args'], returns: RuleOperatorDescriptor['returns'], zh: string, en: string, example: RuleOperatorDescriptor['example']): RuleOperatorDescriptor {
  return { name, group: 'text', standard: false, args, returns, description: { 'zh-CN': zh, en }, example };
}

export const textOperatorEntries: readonly RuleOperatorDescriptor[] = [
  {
    name: 'cat',
    group: 'text',
    standard: true,
    args: [parameter('values', 'any', '要连接的值', 'Values to join', { repeatable: true })],
    returns: 'text',
    description: { 'zh-CN': '把多个值连接成一段文本', en: 'Joins values into one text' },
    example: { cat: [{ var: 'f_customer' }, ' - ', { var: 'f_city' }] },
  },
  {
    name: 'substr',
    group: 'text',
    standard: true,
    args: [
      text,
      parameter('start', 'number', '起始位置（从 0 开始，负数从末尾数）', 'Start position (from 0; negative counts from the end)'),
      parameter('length', 'number', '长度（负数表示去掉末尾若干个字符）', 'Length (negative leaves that many characters off the end)', { optional: true }),
    ],
    returns: 'text',
    description: { 'zh-CN': '截取文本的一部分', en: 'Part of a text' },
    example: { substr: [{ var: 'f_phone' }, -4] },
  },
  textOperator('upper', [text], 'text', '转为大写', 'Upper-cases a text', { upper: [{ var: 'f_code' }] }),
  textOperator('lower', [text], 'text', '转为小写', 'Lower-cases a text', { lower: [{ var: 'f_email' }] }),
  textOperator('trim', [text], 'text', '去掉首尾空白', 'Removes leading and trailing white space', { trim: [{ var: 'f_name' }] }),
  textOperator(
    'length',
    [parameter('value', 'any', '文本或列表', 'A text or a list')],
    'number',
    '文本的字符数，或列表的项数',
    'The number of characters of a text, or of items of a list',
    { length: [{ var: 'f_remark' }] },
  ),
  textOperator(
    'contains',
    [text, parameter('part', 'text', '要查找的文本', 'The text to look for')],
    'boolean',
    '文本是否包含另一段文本',
    'Whether a text contains another',
    { contains: [{ var: 'f_address' }, '上海'] },
  ),
  textOperator(
    'starts_with',
    [text, parameter('prefix', 'text', '开头', 'The prefix')],
    'boolean',
    '文本是否以另一段文本开头',
    'Whether a text starts with another',
    { starts_with: [{ var: 'f_phone' }, '138'] },
  ),
  textOperator(
    'ends_with',
    [text, parameter('suffix', 'text', '结尾', 'The suffix')],
    'boolean',
    '文本是否以另一段文本结尾',
    'Whether a text ends with another',
    { ends_with: [{ var: 'f_email' }, '@example.com'] },
  ),
  textOperator(
    'replace_all',
    [text, parameter('search', 'text', '要替换的文本（按原样匹配）', 'The text to replace (matched as is)'), parameter('replacement', 'text', '替换为', 'The replacement')],
    'text',
    '把文本中出现的每一处替换掉',
    'Replaces every occurrence in a text',
    { replace_all: [{ var: 'f_phone' }, '-', ''] },
  ),
  textOperator(
    'pad_start',
    [text, parameter('length', 'number', '目标长度', 'The target length'), parameter('fill', 'text', '填充字符，默认空格', 'Fill characters, default a space', { optional: true })],
    'text',
    '在开头填充到指定长度',
    'Pads the start of a text to a length',
    { pad_start: [{ var: 'f_seq' }, 4, '0'] },
  ),
  textOperator(
    'text',
    [parameter('value', 'any', '要转换的值', 'The value to convert')],
    'text',
    '转换为文本（空值为空文本，列表用“, ”连接）',
    'Converts to text (empty values give empty text; lists are joined with ", ")',
    { text: [{ var: 'f_amount' }] },
  ),
];
