import type { LocalizedText } from '@formwork/runtime';

/** The scoring designer's strings, in every language. `{…}` are filled by `fillText`. */
export const scoringMessages = {
  // Names of new things.
  newSchemeTitle: { 'zh-CN': '月度考核方案', en: 'Monthly KPI scheme' },
  itemName: { 'zh-CN': '考核项 {n}', en: 'KPI item {n}' },
  gradeExcellent: { 'zh-CN': '优秀', en: 'Excellent' },
  gradeGood: { 'zh-CN': '良好', en: 'Good' },
  gradePass: { 'zh-CN': '合格', en: 'Pass' },
  gradeFail: { 'zh-CN': '不合格', en: 'Fail' },
  // Why a command was refused.
  itemNotFound: { 'zh-CN': '找不到考核项 {id}', en: 'There is no KPI item {id}' },
  alreadyFirst: { 'zh-CN': '这个考核项已经在最前面', en: 'This KPI item is already first' },
  alreadyLast: { 'zh-CN': '这个考核项已经在最后面', en: 'This KPI item is already last' },
  nothingToUndo: { 'zh-CN': '没有可撤销的操作', en: 'Nothing to undo' },
  nothingToRedo: { 'zh-CN': '没有可重做的操作', en: 'Nothing to redo' },
} satisfies Record<string, LocalizedText>;
