import type { Locale } from '../../engine/index.js';
import { useLocale } from '../i18n/LocaleContext.js';

/**
 * The workbench's strings in zh-CN and en. The accessible names here are what the journeys drive
 * by (e2e/workbench.e2e.ts, e2e/templates.e2e.ts): change them together.
 */
export const workbenchMessages = {
  title: { 'zh-CN': '工作台', en: 'Workbench' },
  todoHeading: { 'zh-CN': '我的待办', en: 'My to-dos' },
  approvalsHeading: { 'zh-CN': '待我审批', en: 'Approvals waiting' },
  todoCount: { 'zh-CN': '{n} 项待办', en: '{n} to do' },
  todoNone: { 'zh-CN': '没有待办事项。', en: 'Nothing to do.' },
  allTasks: { 'zh-CN': '查看全部待办', en: 'All my tasks' },
  quickHeading: { 'zh-CN': '快捷填写', en: 'Quick forms' },
  quickForm: { 'zh-CN': '新建 {form}', en: 'New {form}' },
  mineHeading: { 'zh-CN': '本期绩效', en: 'My performance this period' },
  schemeOf: { 'zh-CN': '{app} · {scheme} · {period}', en: '{app} · {scheme} · {period}' },
  lastPeriod: { 'zh-CN': '{period}（上期）', en: '{period} (last period)' },
  score: { 'zh-CN': '{total} 分', en: '{total} points' },
  grade: { 'zh-CN': '评级：{grade}', en: 'Grade: {grade}' },
  rank: { 'zh-CN': '排名：第 {rank} 名，共 {of} 人', en: 'Rank: {rank} of {of}' },
  progressOf: { 'zh-CN': '{item} 完成进度', en: '{item}: progress' },
  teamProgressOf: { 'zh-CN': '团队 {item} 完成进度', en: 'Team {item}: progress' },
  progressText: { 'zh-CN': '{actual} / 目标 {target}（{percent}）', en: '{actual} of {target} ({percent})' },
  details: { 'zh-CN': '{app} 绩效详情', en: 'Performance details in {app}' },
  teamHeading: { 'zh-CN': '团队目标进度', en: 'Team progress against target' },
  teamMembers: { 'zh-CN': '{n} 名成员', en: '{n} people' },
  laggardsHeading: { 'zh-CN': '进度落后', en: 'Behind target' },
  laggardShare: { 'zh-CN': '{name}：完成 {percent}', en: '{name}: {percent} done' },
  dashboardsHeading: { 'zh-CN': '重点仪表盘', en: 'Key dashboards' },
  keyDashboard: { 'zh-CN': '查看重点仪表盘 {title}', en: 'Key dashboard {title}' },
  recentHeading: { 'zh-CN': '最近的记录', en: 'My recent records' },
  appsHeading: { 'zh-CN': '我的应用', en: 'My apps' },
} satisfies Record<string, Record<Locale, string>>;

export type WorkbenchMessageKey = keyof typeof workbenchMessages;

/** A translator of `workbenchMessages` for one locale. */
export function workbenchTranslator(locale: Locale) {
  return (key: WorkbenchMessageKey, params: Readonly<Record<string, string | number>> = {}): string =>
    workbenchMessages[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/** The current language's workbench translator, with `t` for the app's shared strings. */
export function useWorkbenchText() {
  const { locale, t } = useLocale();
  return { locale, t, wt: workbenchTranslator(locale) };
}
