import type { LocalizedText } from '@formwork/runtime';

/** Why a formula text could not be read; `{at}` is the 1-based character position. */
export const formulaMessages = {
  unexpectedEnd: { 'zh-CN': '公式在第 {at} 个字符处意外结束', en: 'The formula ends unexpectedly at character {at}' },
  unexpected: { 'zh-CN': '第 {at} 个字符处不应出现“{text}”', en: 'Unexpected “{text}” at character {at}' },
  unclosedString: { 'zh-CN': '第 {at} 个字符开始的文字缺少结束引号', en: 'The text starting at character {at} has no closing quote' },
  unclosedField: { 'zh-CN': '第 {at} 个字符开始的字段引用缺少“}”', en: 'The field reference at character {at} has no closing “}”' },
  unknownField: { 'zh-CN': '没有名为“{name}”的字段', en: 'There is no field named “{name}”' },
  ambiguousField: {
    'zh-CN': '有多个名为“{name}”的字段，请改用编号，如 {{id}}',
    en: 'Several fields are named “{name}”: use the id instead, e.g. {{id}}',
  },
  unknownColumn: { 'zh-CN': '子表单“{subform}”中没有名为“{name}”的列', en: 'The subform “{subform}” has no column named “{name}”' },
  columnOutsideAggregate: {
    'zh-CN': '“{name}”是子表单“{subform}”的列，请用汇总函数读取，如 sum_of({{name}})',
    en: '“{name}” is a column of the subform “{subform}”: read it with an aggregate, e.g. sum_of({{name}})',
  },
  unknownFunction: { 'zh-CN': '没有名为“{name}”的函数', en: 'There is no function named “{name}”' },
} as const satisfies Record<string, LocalizedText>;
