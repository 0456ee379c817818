import type { LocalizedText, RuleOperatorGroup } from '@formwork/runtime';
import type { ConditionOperator } from '../rules/ConditionTree.js';

/** The condition builder, the formula editor and the validations list. */
export const ruleMessages = {
  always: { 'zh-CN': '始终显示', en: 'Always shown' },
  addCondition: { 'zh-CN': '添加条件', en: 'Add condition' },
  addGroup: { 'zh-CN': '添加条件组', en: 'Add condition group' },
  match: { 'zh-CN': '满足', en: 'Match' },
  matchAll: { 'zh-CN': '所有条件', en: 'all conditions' },
  matchAny: { 'zh-CN': '任一条件', en: 'any condition' },
  conditionField: { 'zh-CN': '条件 {n} 的字段', en: 'Field of condition {n}' },
  conditionOperator: { 'zh-CN': '条件 {n} 的判断', en: 'Comparison of condition {n}' },
  conditionValue: { 'zh-CN': '条件 {n} 的值', en: 'Value of condition {n}' },
  removeCondition: { 'zh-CN': '删除条件 {n}', en: 'Remove condition {n}' },
  conditionAgainst: { 'zh-CN': '条件 {n} 比较的对象', en: 'Compare condition {n} with' },
  againstValue: { 'zh-CN': '固定值', en: 'a value' },
  againstField: { 'zh-CN': '其他字段', en: 'another field' },
  againstToday: { 'zh-CN': '今天前后的天数', en: 'today ± days' },
  conditionOtherField: { 'zh-CN': '条件 {n} 比较的字段', en: 'Field condition {n} compares with' },
  conditionDays: { 'zh-CN': '条件 {n} 相对今天的天数（负数为今天之前）', en: 'Days from today for condition {n} (negative: before today)' },
  daysFromToday: { 'zh-CN': '天（相对今天）', en: 'days from today' },
  removeGroup: { 'zh-CN': '删除条件组', en: 'Remove condition group' },
  group: { 'zh-CN': '条件组', en: 'Condition group' },
  applyRule: { 'zh-CN': '应用条件', en: 'Apply condition' },
  clearRule: { 'zh-CN': '清除条件', en: 'Clear condition' },
  asJson: { 'zh-CN': '以 JSON Logic 编辑', en: 'Edit as JSON Logic' },
  asBuilder: { 'zh-CN': '用条件编辑器', en: 'Use the condition builder' },
  ruleJson: { 'zh-CN': 'JSON Logic 规则', en: 'JSON Logic rule' },
  notBuilderShape: {
    'zh-CN': '这条规则超出了条件编辑器的能力，请以 JSON 编辑',
    en: 'The condition builder cannot show this rule: edit it as JSON',
  },
  invalidJson: { 'zh-CN': 'JSON 有误：{message}', en: 'Invalid JSON: {message}' },
  dependsOn: { 'zh-CN': '依赖字段：{labels}', en: 'Depends on: {labels}' },
  noDependencies: { 'zh-CN': '不依赖其他字段', en: 'Depends on no other field' },
  formulaText: { 'zh-CN': '公式', en: 'Formula' },
  formulaHint: {
    'zh-CN': '用 {字段名} 引用字段，如 {数量} * {单价}；函数如 round(x, 2)；子表单的列如 sum_of({产品明细}, {小计}) 或 sum_of({产品明细.小计})',
    en: 'Refer to fields as {Label}, e.g. {Quantity} * {Price}; call functions like round(x, 2); subform columns like sum_of({Products}, {Subtotal}) or sum_of({Products.Subtotal})',
  },
  /**
   * What a calculated field does with empty inputs (engine: readEmptyNumbersAsZero and
   * computeFormulaValue). Blank while nothing is filled, so that a form nobody has started does
   * not store a 0 that lists, filters and averages would count as entered data.
   */
  emptyNumbersAsZero: {
    'zh-CN': '计算时，未填写的数字字段按 0 计算：如 {一月} + {二月} 在只填了一月时就等于一月。所引用的字段都还没填时，结果留空而不是 0，这样没人填写的表单不会存下一个不是真实数据的 0。',
    en: 'Empty number fields count as 0: {Jan} + {Feb} shows January as soon as January is filled. While every field the formula refers to is still empty, the result stays blank rather than 0, so a form nobody has filled in does not store a 0 that is no real data.',
  },
  functionExample: { 'zh-CN': '示例：', en: 'Example: ' },
  insertField: { 'zh-CN': '插入字段', en: 'Insert field' },
  insertFunction: { 'zh-CN': '插入函数', en: 'Insert function' },
  functionHelp: { 'zh-CN': '函数说明', en: 'About the function' },
  applyFormula: { 'zh-CN': '应用公式', en: 'Apply formula' },
  formulaApplied: { 'zh-CN': '公式已应用', en: 'Formula applied' },
  validations: { 'zh-CN': '表单校验', en: 'Form validations' },
  noValidations: { 'zh-CN': '还没有校验规则', en: 'No validation rules yet' },
  addValidation: { 'zh-CN': '添加校验', en: 'Add validation' },
  validationN: { 'zh-CN': '校验 {n}', en: 'Validation {n}' },
  validationMessage: { 'zh-CN': '校验 {n} 不通过时的提示', en: 'Message when validation {n} fails' },
  validationMustHold: { 'zh-CN': '校验 {n} 要求满足', en: 'Validation {n} requires' },
  removeValidation: { 'zh-CN': '删除校验 {n}', en: 'Remove validation {n}' },
  defaultValidationMessage: { 'zh-CN': '请检查填写的内容', en: 'Please check what you entered' },
  validationShownBeside: { 'zh-CN': '校验 {n} 的提示显示在', en: 'Show the message of validation {n} beside' },
  validationShownOnForm: { 'zh-CN': '不选择时，提示显示在表单底部', en: 'None chosen: the message is shown for the whole form' },
  addShownField: { 'zh-CN': '添加字段', en: 'Add a field' },
  validationWhen: { 'zh-CN': '仅在以下条件满足时检查校验 {n}', en: 'Check validation {n} only when' },
  validationAlways: { 'zh-CN': '没有条件时，每次提交都检查', en: 'No condition: checked on every submit' },
  yes: { 'zh-CN': '是', en: 'Yes' },
  no: { 'zh-CN': '否', en: 'No' },
} as const satisfies Record<string, LocalizedText>;

export const operatorNames: Readonly<Record<ConditionOperator, LocalizedText>> = {
  eq: { 'zh-CN': '等于', en: 'equals' },
  ne: { 'zh-CN': '不等于', en: 'does not equal' },
  gt: { 'zh-CN': '大于', en: 'is greater than' },
  gte: { 'zh-CN': '大于等于', en: 'is at least' },
  lt: { 'zh-CN': '小于', en: 'is less than' },
  lte: { 'zh-CN': '小于等于', en: 'is at most' },
  contains: { 'zh-CN': '包含', en: 'contains' },
  notContains: { 'zh-CN': '不包含', en: 'does not contain' },
  anyOf: { 'zh-CN': '等于任意一个', en: 'is any of' },
  empty: { 'zh-CN': '为空', en: 'is empty' },
  notEmpty: { 'zh-CN': '不为空', en: 'is not empty' },
};

/** The formula editor's function groups, in the order it lists them. */
export const functionGroupNames: Readonly<Record<RuleOperatorGroup, LocalizedText>> = {
  aggregate: { 'zh-CN': '子表单汇总', en: 'Subform totals' },
  number: { 'zh-CN': '数字', en: 'Numbers' },
  date: { 'zh-CN': '日期', en: 'Dates' },
  text: { 'zh-CN': '文本', en: 'Text' },
  logic: { 'zh-CN': '逻辑', en: 'Logic' },
  list: { 'zh-CN': '多选与列表', en: 'Choices and lists' },
};
