import { parameter, type RuleOperatorDescriptor } from './RuleOperatorDescriptor.js';

const value = parameter('value', 'number', '数字（或数字文本）', 'A number (or numeric text)');
const digits = parameter('digits', 'number', '保留的小数位数，默认 0（负数表示十位、百位……）', 'Decimal places to keep, default 0 (negative: tens, hundreds…)', { optional: true });
const numbers = parameter('values', 'number', '数字', 'Numbers', { repeatable: true });

function arithmetic(name: string, zh: string, en: string, example: RuleOperatorDescriptor['example']): RuleOperatorDescriptor {
  return { name, group: 'number', standard: true, args: [numbers], returns: 'number', description: { 'zh-CN': zh, en }, example };
}

export const numberOperatorEntries: readonly RuleOperatorDescriptor[] = [
  arithmetic('+', '求和', 'Adds numbers', { '+': [{ var: 'f_price' }, { var: 'f_shipping' }] }),
  arithmetic('-', '相减（只有一个参数时取负数）', 'Subtracts the second from the first (negates a single one)', { '-': [{ var: 'f_total' }, { var: 'f_discount' }] }),
  arithmetic('*', '相乘', 'Multiplies numbers', { '*': [{ var: '$row.f_qty' }, { var: '$row.f_price' }] }),
  arithmetic('/', '相除', 'Divides the first by the second', { '/': [{ var: 'f_done' }, { var: 'f_target' }] }),
  arithmetic('%', '取余数', 'The remainder of dividing the first by the second', { '%': [{ var: 'f_qty' }, 12] }),
  arithmetic('min', '最小值', 'The smallest number', { min: [{ var: 'f_bonus' }, 5000] }),
  arithmetic('max', '最大值', 'The largest number', { max: [{ var: 'f_score' }, 0] }),
  {
    name: 'round',
    group: 'number',
    standard: false,
    args: [value, digits],
    returns: 'number',
    description: { 'zh-CN': '四舍五入（远离零方向，按十进制计算：1.005 保留两位为 1.01）', en: 'Rounds half away from zero, on the decimal value (1.005 to 2 places is 1.01)' },
    example: { round: [{ var: 'f_amount' }, 2] },
  },
  {
    name: 'ceil',
    group: 'number',
    standard: false,
    args: [value, digits],
    returns: 'number',
    description: { 'zh-CN': '向上取整到指定小数位', en: 'Rounds up to the given decimal places' },
    example: { ceil: [{ var: 'f_hours' }, 1] },
  },
  {
    name: 'floor',
    group: 'number',
    standard: false,
    args: [value, digits],
    returns: 'number',
    description: { 'zh-CN': '向下取整到指定小数位', en: 'Rounds down to the given decimal places' },
    example: { floor: [{ var: 'f_score' }] },
  },
  {
    name: 'abs',
    group: 'number',
    standard: false,
    args: [value],
    returns: 'number',
    description: { 'zh-CN': '绝对值', en: 'The absolute value' },
    example: { abs: [{ '-': [{ var: 'f_actual' }, { var: 'f_target' }] }] },
  },
  {
    name: 'pow',
    group: 'number',
    standard: false,
    args: [parameter('base', 'number', '底数', 'The base'), parameter('exponent', 'number', '指数', 'The exponent')],
    returns: 'number',
    description: { 'zh-CN': '乘方', en: 'Raises the base to the exponent' },
    example: { pow: [{ '+': [1, { var: 'f_rate' }] }, 12] },
  },
  {
    name: 'number',
    group: 'number',
    standard: false,
    args: [parameter('value', 'any', '要转换的值', 'The value to convert')],
    returns: 'number',
    description: { 'zh-CN': '转换为数字（空文本或无法识别时为空）', en: 'Converts to a number (empty or unreadable text gives null)' },
    example: { number: [{ var: 'f_code' }] },
  },
];
