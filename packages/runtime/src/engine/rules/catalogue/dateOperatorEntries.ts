import { parameter, type RuleOperatorDescriptor } from './RuleOperatorDescriptor.js';

const date = parameter('date', 'date', '日期（YYYY-MM-DD）或日期时间（ISO 8601）', 'A date (YYYY-MM-DD) or datetime (ISO 8601)');

export const dateOperatorEntries: readonly RuleOperatorDescriptor[] = [
  {
    name: 'today',
    group: 'date',
    standard: false,
    args: [],
    returns: 'date',
    description: { 'zh-CN': '今天的日期（按表单时区，默认 Asia/Shanghai）', en: "Today's date in the form's time zone (default Asia/Shanghai)" },
    example: { today: [] },
  },
  {
    name: 'now',
    group: 'date',
    standard: false,
    args: [],
    returns: 'datetime',
    description: { 'zh-CN': '当前时间，带时区偏移的 ISO 8601 日期时间', en: 'The current time, as an ISO 8601 datetime with the zone offset' },
    example: { now: [] },
  },
  {
    name: 'date_add',
    group: 'date',
    standard: false,
    args: [
      date,
      parameter('amount', 'number', '加上的数量（可为负数，取整）', 'How many units to add (may be negative; whole units)'),
      parameter('unit', 'text', '单位', 'The unit', { choices: ['day', 'week', 'month', 'year', 'hour', 'minute'] }),
    ],
    returns: 'date',
    description: {
      'zh-CN': '日期加减。按月或年加时，月末自动对齐：1 月 31 日加 1 个月为 2 月 28 日（闰年 29 日）',
      en: 'Adds to a date. Months and years clamp to the month end: Jan 31 + 1 month is Feb 28 (29 in a leap year)',
    },
    example: { date_add: [{ var: 'f_sign_date' }, 1, 'month'] },
  },
  {
    name: 'date_diff',
    group: 'date',
    standard: false,
    args: [
      parameter('from', 'date', '开始日期', 'The start date'),
      parameter('to', 'date', '结束日期', 'The end date'),
      parameter('unit', 'text', '单位', 'The unit', { choices: ['day', 'week', 'month', 'year', 'hour', 'minute'] }),
    ],
    returns: 'number',
    description: {
      'zh-CN': '两个日期相差的完整单位数（结束减开始，结束较早时为负数）',
      en: 'Whole units from the start to the end date (negative when the end is earlier)',
    },
    example: { date_diff: [{ var: 'f_start' }, { var: 'f_end' }, 'day'] },
  },
  {
    name: 'date_part',
    group: 'date',
    standard: false,
    args: [
      date,
      parameter('part', 'text', '取哪一部分（weekday：周一为 1，周日为 7；week：ISO 周数）', 'Which part (weekday: Monday 1 … Sunday 7; week: ISO week number)', {
        choices: ['year', 'quarter', 'month', 'day', 'weekday', 'week', 'hour', 'minute'],
      }),
    ],
    returns: 'number',
    description: { 'zh-CN': '取日期的年、季度、月、日、星期或周数', en: 'The year, quarter, month, day, weekday or week number of a date' },
    example: { date_part: [{ var: 'f_sign_date' }, 'quarter'] },
  },
  {
    name: 'start_of',
    group: 'date',
    standard: false,
    args: [date, parameter('period', 'text', '周期（周从周一开始）', 'The period (weeks start on Monday)', { choices: ['week', 'month', 'quarter', 'year'] })],
    returns: 'date',
    description: { 'zh-CN': '所在周、月、季度或年的第一天', en: 'The first day of the week, month, quarter or year of a date' },
    example: { start_of: [{ today: [] }, 'month'] },
  },
  {
    name: 'end_of',
    group: 'date',
    standard: false,
    args: [date, parameter('period', 'text', '周期（周到周日结束）', 'The period (weeks end on Sunday)', { choices: ['week', 'month', 'quarter', 'year'] })],
    returns: 'date',
    description: { 'zh-CN': '所在周、月、季度或年的最后一天', en: 'The last day of the week, month, quarter or year of a date' },
    example: { end_of: [{ var: 'f_sign_date' }, 'quarter'] },
  },
];
