import type { DocumentIssue } from '../documents/DocumentIssue.js';
import type { LocalizedText } from '../i18n/Locale.js';
import { fillTemplate } from './messages/fieldMessages.js';

/** Which rule of the form an issue is about, for naming it in messages. */
export type RuleSiteKind = 'visibility' | 'formula' | 'default' | 'validation';

/** Who owns the rule: a field or section (by label), or a form-level validation rule. */
export interface RuleOwner {
  readonly kind: RuleSiteKind;
  readonly label?: string;
}

const ruleNames: Readonly<Record<RuleSiteKind, LocalizedText>> = {
  visibility: { 'zh-CN': '显示条件', en: 'visibility condition' },
  formula: { 'zh-CN': '公式', en: 'formula' },
  default: { 'zh-CN': '默认值公式', en: 'default value formula' },
  validation: { 'zh-CN': '校验规则', en: 'validation rule' },
};

/** 「金额」的公式 / The formula of Amount; 校验规则 / A validation rule. */
function ruleSubject(owner: RuleOwner): LocalizedText {
  const zh = ruleNames[owner.kind]['zh-CN'];
  const en = ruleNames[owner.kind].en;
  if (owner.label === undefined) return { 'zh-CN': zh, en: `A ${en}` };
  return { 'zh-CN': `「${owner.label}」的${zh}`, en: `The ${en} of ${owner.label}` };
}

const templates = {
  unknown_reference: { 'zh-CN': '{subject}引用了不存在的字段“{ref}”', en: '{subject} refers to a field that does not exist: “{ref}”' },
  row_reference: { 'zh-CN': '{subject}使用了 $row，但它不在子表单中', en: '{subject} uses $row but is not inside a subform' },
  row_column: { 'zh-CN': '{subject}引用的“$row.{ref}”不是本子表单的列', en: '{subject} reads “$row.{ref}”, which is not a column of its subform' },
  column_reference: {
    'zh-CN': '{subject}直接引用了子表单的列「{ref}」：在同一子表单内请用 $row.{id}，在子表单外请用汇总函数',
    en: '{subject} reads the subform column {ref} directly: use $row.{id} inside that subform, or an aggregate outside it',
  },
  dynamic_reference: { 'zh-CN': '{subject}中的字段名是运行时算出的，无法确定它依赖哪些字段', en: '{subject} computes field names at run time, so what it reads cannot be known' },
  invalid_rule: { 'zh-CN': '{subject}有误：{detail}', en: '{subject} is invalid: {detail}' },
  invalid_pattern: { 'zh-CN': '「{label}」的格式校验不是有效的正则表达式', en: 'The pattern of {label} is not a valid regular expression' },
  cycle: { 'zh-CN': '公式循环引用：{path}', en: 'Formulas refer to each other in a cycle: {path}' },
} as const satisfies Readonly<Record<string, LocalizedText>>;

/** The stable codes of a form's rule issues. */
export type FormIssueCode = keyof typeof templates;

/**
 * Words an issue about a form's rules in every locale.
 *
 * @example
 * formIssue('cycle', '/fields/2', { path: { 'zh-CN': '金额 → 单价 → 金额', en: 'Amount → Price → Amount' } })
 */
export function formIssue(code: FormIssueCode, pointer: string, params: Readonly<Record<string, string | LocalizedText>>, owner?: RuleOwner): DocumentIssue {
  const subject = owner === undefined ? undefined : ruleSubject(owner);
  const localize = (locale: 'zh-CN' | 'en'): string => {
    const values: Record<string, string> = {};
    for (const [name, value] of Object.entries(params)) values[name] = typeof value === 'string' ? value : value[locale];
    if (subject !== undefined) values.subject = subject[locale];
    return fillTemplate(templates[code][locale], values);
  };
  return { pointer, code, message: { 'zh-CN': localize('zh-CN'), en: localize('en') } };
}
