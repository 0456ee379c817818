import type { Locale } from '../../engine/index.js';
import { useLocale } from '../i18n/LocaleContext.js';

/** The targets-settings strings of the targets page (how often a target may change), in zh-CN and en. */
export const targetSettingsMessages = {
  settingsHeading: { 'zh-CN': '目标调整限制', en: 'Target change limit' },
  limitLegend: { 'zh-CN': '每个周期目标最多调整几次', en: 'How often a target may change in its period' },
  unlimited: { 'zh-CN': '不限次数', en: 'Any number of times' },
  limited: { 'zh-CN': '限定次数', en: 'A set number of times' },
  limitCount: { 'zh-CN': '每个周期最多调整次数', en: 'Changes allowed per period' },
  limitReason: { 'zh-CN': '原因（可选，记入修改历史）', en: 'Why (optional, kept in the history)' },
  save: { 'zh-CN': '保存调整限制', en: 'Save the change limit' },
  saved: { 'zh-CN': '已保存。', en: 'Saved.' },
  countInvalid: { 'zh-CN': '次数必须是不小于 0 的整数', en: 'The number of changes must be a whole number of 0 or more' },
  summaryUnlimited: { 'zh-CN': '本应用的目标在周期内可以不限次数地调整。', en: "This app's targets may change any number of times in their period." },
  summaryLimited: { 'zh-CN': '本应用的每个目标在其周期内最多调整 {n} 次。', en: "Each of this app's targets may change at most {n} time(s) in its period." },
} satisfies Record<string, Record<Locale, string>>;

export type TargetSettingsMessageKey = keyof typeof targetSettingsMessages;

/** The current language's `targetSettingsMessages` translator, and the locale. */
export function useTargetSettingsText() {
  const { locale } = useLocale();
  const st = (key: TargetSettingsMessageKey, params: Readonly<Record<string, string | number>> = {}): string =>
    targetSettingsMessages[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
  return { locale, st };
}
