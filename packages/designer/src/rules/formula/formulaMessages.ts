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
  unknownFunction: { 'zh-CN': '没有名为“{name}”的函数', en: 'There is no function named “{name}”' },
} as const satisfies Record<string, LocalizedText>;
