import type { Locale, LocalizedText } from '../../engine/index.js';
import { useLocale } from '../i18n/LocaleContext.js';

/** The strings of changes that need approval (task page, record page, edit form), in zh-CN and en. */
export const changeMessages = {
  diffCaption: { 'zh-CN': '{name}提交的修改', en: 'Change proposed by {name}' },
  diffCaptionAnonymous: { 'zh-CN': '提交的修改', en: 'Proposed change' },
  colField: { 'zh-CN': '变更字段', en: 'Field' },
  colBefore: { 'zh-CN': '原值', en: 'Before' },
  colAfter: { 'zh-CN': '新值', en: 'After' },
  empty: { 'zh-CN': '（空）', en: '(empty)' },
  reason: { 'zh-CN': '修改原因：{reason}', en: 'Reason: {reason}' },
  pending: { 'zh-CN': '有一项修改正在等待审批，通过后才会生效。', en: 'A change is waiting for approval; it takes effect once approved.' },
  approvedBy: { 'zh-CN': '（经{name}审批通过）', en: '(approved by {name})' },
  sentForApproval: { 'zh-CN': '已提交审批，审批通过后修改生效。', en: 'Sent for approval: the change takes effect once approved.' },
} as const satisfies Record<string, LocalizedText>;

export type ChangeMessageKey = keyof typeof changeMessages;

/** A translator of `changeMessages` for one locale. */
export function changeTranslator(locale: Locale) {
  return (key: ChangeMessageKey, params: Readonly<Record<string, string>> = {}): string =>
    changeMessages[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/** The current language's `changeMessages` translator, and the locale. */
export function useChangeText() {
  const { locale } = useLocale();
  return { locale, ct: changeTranslator(locale) };
}
