import type { LocalizedText } from '@formwork/runtime';

/** Why the store refused a command, in every language. `{…}` are filled by `fillText`. */
export const storeMessages = {
  fieldNotFound: { 'zh-CN': '找不到字段 {id}', en: 'There is no field {id}' },
  versionUnreadable: { 'zh-CN': '版本 {version} 无法读取，草稿没有改变', en: 'Version {version} cannot be read: the draft is unchanged' },
  parentNotFound: { 'zh-CN': '找不到要放入的分组或子表单 {id}', en: 'There is no section or subform {id} to put the field in' },
  parentNotContainer: {
    'zh-CN': '“{label}”不是分组或子表单，不能放入字段',
    en: '“{label}” is not a section or a subform: fields cannot go inside it',
  },
  noContainerInSubform: {
    'zh-CN': '子表单“{label}”中不能再放分组或子表单',
    en: 'A section or subform cannot go inside the subform “{label}”',
  },
  noSectionInSection: {
    'zh-CN': '分组“{label}”中不能再放分组',
    en: 'A section cannot go inside the section “{label}”',
  },
  subformInSubformField: {
    'zh-CN': '“{label}”含有子表单，不能放入子表单',
    en: '“{label}” holds a subform, so it cannot go inside a subform',
  },
  intoItself: { 'zh-CN': '不能把“{label}”放进它自己里面', en: '“{label}” cannot go inside itself' },
  validationNotFound: { 'zh-CN': '找不到校验规则 {id}', en: 'There is no validation rule {id}' },
  notFormula: { 'zh-CN': '“{label}”不是计算字段', en: '“{label}” is not a calculated field' },
  nothingToUndo: { 'zh-CN': '没有可撤销的操作', en: 'Nothing to undo' },
  nothingToRedo: { 'zh-CN': '没有可重做的操作', en: 'Nothing to redo' },
  noFreshId: { 'zh-CN': '无法生成新的字段编号', en: 'Could not make a new field id' },
} as const satisfies Record<string, LocalizedText>;
