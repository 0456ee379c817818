import type { Locale, LocalizedText } from '../../engine/index.js';
import { useLocale } from '../i18n/LocaleContext.js';

/**
 * The dashboard page's strings in zh-CN and en. Apart from `appMessages` because they load with
 * the page's chunk: the main chunk, which the fill page loads, does not carry them.
 */
export const dashboardMessages = {
  dashboardInvalid: { 'zh-CN': '此仪表盘无法显示：它的定义有误。', en: 'This dashboard cannot be shown: its definition is faulty.' },
  dashboardFilters: { 'zh-CN': '筛选', en: 'Filters' },
  dashboardWidgets: { 'zh-CN': '图表', en: 'Widgets' },
  filterFrom: { 'zh-CN': '开始日期', en: 'From' },
  filterTo: { 'zh-CN': '结束日期', en: 'To' },
  filterAll: { 'zh-CN': '全部', en: 'All' },
  filterValueHint: { 'zh-CN': '按回车应用', en: 'Press Enter to apply' },
  refresh: { 'zh-CN': '刷新', en: 'Refresh' },
  updating: { 'zh-CN': '正在更新…', en: 'Updating…' },
  computedAt: { 'zh-CN': '数据时间 {time}', en: 'Figures as of {time}' },
  autoRefresh: { 'zh-CN': '每 {n} 秒自动刷新', en: 'Refreshes every {n} s' },
  refreshFailed: { 'zh-CN': '刷新失败，显示的是上次的数据。', en: 'Refresh failed; these are the previous figures.' },
  widgetFailed: { 'zh-CN': '此组件无法计算：{message}', en: 'This widget could not be computed: {message}' },
} as const satisfies Record<string, LocalizedText>;

export type DashboardMessageKey = keyof typeof dashboardMessages;

/** A translator of `dashboardMessages` for one locale: `{name}` placeholders are filled from `params`. */
export function dashboardTranslator(locale: Locale) {
  return (key: DashboardMessageKey, params: Readonly<Record<string, string | number>> = {}): string =>
    dashboardMessages[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/** The dashboard strings in the current language. */
export function useDashboardText() {
  return dashboardTranslator(useLocale().locale);
}
