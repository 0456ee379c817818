import type { Locale } from '../../engine/index.js';
import { useLocale } from '../i18n/LocaleContext.js';

/**
 * My performance and targets' strings in zh-CN and en. Apart from `appMessages` because they load
 * with the performance chunk: the main chunk, which the fill page loads, does not carry them.
 */
export const performanceMessages = {
  performanceTitle: { 'zh-CN': '我的绩效', en: 'My performance' },
  targetsTitle: { 'zh-CN': '目标', en: 'Targets' },
  pickApp: { 'zh-CN': '应用', en: 'App' },
  pickScheme: { 'zh-CN': '考核方案', en: 'Scoring scheme' },
  pickPeriod: { 'zh-CN': '周期', en: 'Period' },
  pickMetric: { 'zh-CN': '指标', en: 'Metric' },
  noSchemes: { 'zh-CN': '还没有已发布的考核方案。', en: 'No scoring scheme has been published yet.' },
  noRun: { 'zh-CN': '{period} 的考核结果尚未计算。', en: 'The score sheet for {period} has not been computed yet.' },
  notOnSheet: { 'zh-CN': '{period} 的考核结果中没有您可查看的内容。', en: 'Nothing on the {period} score sheet is yours to see.' },
  compute: { 'zh-CN': '计算考核结果', en: 'Compute the score sheet' },
  recompute: { 'zh-CN': '重新计算', en: 'Recompute' },
  recomputeReason: { 'zh-CN': '重新计算的原因（已确认的结果须填写）', en: 'Reason for recomputing (required once confirmed)' },
  reasonRequired: { 'zh-CN': '该期结果已确认，请填写重新计算的原因。', en: 'This sheet has been confirmed: give a reason for recomputing it.' },
  cancel: { 'zh-CN': '取消', en: 'Cancel' },
  trial: { 'zh-CN': '试运行：仅供查看，不能确认', en: 'Trial: shown, never confirmed' },
  stale: { 'zh-CN': '计算后有记录发生了变化，结果可能已过时。', en: 'Records changed after this sheet was computed; it may be out of date.' },
  myScore: { 'zh-CN': '本期得分', en: 'Score this period' },
  totalPoints: { 'zh-CN': '{total} 分', en: '{total} points' },
  gradeIs: { 'zh-CN': '评级：{grade}', en: 'Grade: {grade}' },
  myRank: { 'zh-CN': '排名：第 {rank} 名', en: 'Rank: {rank}' },
  itemsHeading: { 'zh-CN': '各项得分', en: 'Items' },
  itemPoints: { 'zh-CN': '{points} / {weight} 分', en: '{points} of {weight} points' },
  observationItem: { 'zh-CN': '观察指标', en: 'Observation' },
  acknowledge: { 'zh-CN': '确认我的考核结果', en: 'Acknowledge my sheet' },
  acknowledged: { 'zh-CN': '{who} 已于 {when} 确认', en: 'Acknowledged by {who} on {when}' },
  confirmed: { 'zh-CN': '{who} 已于 {when} 确认', en: 'Confirmed by {who} on {when}' },
  confirmNote: { 'zh-CN': '确认备注（可选）', en: 'Note with your confirmation (optional)' },
  noteSaid: { 'zh-CN': '备注：{note}', en: 'Note: {note}' },
  trendHeading: { 'zh-CN': '历史趋势', en: 'Trend' },
  trendCaption: { 'zh-CN': '近 {n} 期得分', en: 'Totals over the last {n} periods' },
  colPeriod: { 'zh-CN': '周期', en: 'Period' },
  colTotal: { 'zh-CN': '总分', en: 'Total' },
  colGrade: { 'zh-CN': '评级', en: 'Grade' },
  colName: { 'zh-CN': '姓名', en: 'Name' },
  colDepartment: { 'zh-CN': '部门', en: 'Department' },
  colRank: { 'zh-CN': '排名', en: 'Rank' },
  colChange: { 'zh-CN': '变化', en: 'Change' },
  colTeam: { 'zh-CN': '团队', en: 'Team' },
  colMembers: { 'zh-CN': '人数', en: 'People' },
  colConfirmation: { 'zh-CN': '确认', en: 'Confirmation' },
  colProgress: { 'zh-CN': '进度', en: 'Progress' },
  colShortfall: { 'zh-CN': '差额', en: 'Shortfall' },
  notComputed: { 'zh-CN': '未计算', en: 'Not computed' },
  teamSheet: { 'zh-CN': '团队考核表', en: 'Team sheet' },
  teams: { 'zh-CN': '团队确认', en: 'Team confirmations' },
  confirmTeam: { 'zh-CN': '确认 {team}', en: 'Confirm {team}' },
  leaderboard: { 'zh-CN': '排行榜', en: 'Leaderboard' },
  rankUp: { 'zh-CN': '上升 {n} 名', en: 'up {n}' },
  rankDown: { 'zh-CN': '下降 {n} 名', en: 'down {n}' },
  rankSame: { 'zh-CN': '不变', en: 'no change' },
  rankNew: { 'zh-CN': '新上榜', en: 'new' },
  laggards: { 'zh-CN': '进度落后', en: 'Behind target' },
  laggardsNone: { 'zh-CN': '没有人落后。', en: 'Nobody is behind.' },
  laggardsNotYet: { 'zh-CN': '本期刚开始（第 {day} 天），暂不检查。', en: 'Too early in the period (day {day}) to check.' },
  progressHeading: { 'zh-CN': '目标完成进度', en: 'Progress against target' },
  progressText: { 'zh-CN': '{actual} / 应完成 {due}（全期目标 {target}）', en: '{actual} of {due} due ({target} for the period)' },
  progressLabel: { 'zh-CN': '{name} 的完成进度', en: "{name}'s progress" },
  noTargets: { 'zh-CN': '该周期没有分配到个人的目标。', en: 'No person has a target for this period.' },
  treeHeading: { 'zh-CN': '目标分解', en: 'Decomposition' },
  childrenDiffer: { 'zh-CN': '下级合计 {sum}，差 {difference}', en: 'Children add up to {sum}, {difference} off' },
  decomposeHeading: { 'zh-CN': '分解目标', en: 'Decompose a target' },
  splitFurther: { 'zh-CN': '继续分解 {name} {period} 的目标', en: "Split {name}'s {period} target further" },
  rootAmount: { 'zh-CN': '目标值', en: 'Amount' },
  rootPeriod: { 'zh-CN': '目标周期（如 2026、2026-Q4）', en: 'Period of the target (e.g. 2026, 2026-Q4)' },
  rootDepartment: { 'zh-CN': '部门', en: 'Department' },
  company: { 'zh-CN': '全公司', en: 'The company' },
  along: { 'zh-CN': '分解方式', en: 'Split' },
  alongTime: { 'zh-CN': '按时间', en: 'Over time' },
  alongOrg: { 'zh-CN': '按组织', en: 'Through the organisation' },
  alongDimension: { 'zh-CN': '按产品线、区域或客户类型', en: 'Along a product line, region or customer type' },
  dimensionField: { 'zh-CN': '按哪个字段的各选项分解', en: 'Split into the options of' },
  timeTo: { 'zh-CN': '分解到', en: 'Down to' },
  orgTo: { 'zh-CN': '分解到', en: 'Down to' },
  level_quarter: { 'zh-CN': '季度', en: 'Quarters' },
  level_month: { 'zh-CN': '月', en: 'Months' },
  level_week: { 'zh-CN': '周', en: 'Weeks' },
  level_department: { 'zh-CN': '下级部门', en: 'Departments' },
  level_person: { 'zh-CN': '个人', en: 'People' },
  preview: { 'zh-CN': '预览', en: 'Preview' },
  apply: { 'zh-CN': '应用并保存', en: 'Apply' },
  rootGrowth: { 'zh-CN': '或按去年同期实际增长（%，如 20）', en: "Or grow last year's actual of the period by (%, e.g. 20)" },
  timeMethod: { 'zh-CN': '分配依据', en: 'Shares' },
  method_even: { 'zh-CN': '平均分配', en: 'Evenly' },
  method_lastYear: { 'zh-CN': '按去年实际占比', en: "By last year's actuals" },
  growthInvalid: { 'zh-CN': '增长率必须是数字（如 20 或 -10）', en: 'Growth must be a number (e.g. 20 or -10)' },
  decomposeReason: { 'zh-CN': '原因（替换已有目标时必填）', en: 'Reason (required to replace existing targets)' },
  previewShown: { 'zh-CN': '预览：尚未保存。', en: 'Preview: nothing saved yet.' },
  applied: { 'zh-CN': '已保存：新增 {created} 条，替换 {replaced} 条。', en: 'Saved: {created} created, {replaced} replaced.' },
  amountInvalid: { 'zh-CN': '目标值必须是不小于 0 的数字', en: 'The amount must be a number of 0 or more' },
  ruleOf: { 'zh-CN': '规则：{rule}', en: 'Rule: {rule}' },
  openPerformance: { 'zh-CN': '我的绩效', en: 'My performance' },
} satisfies Record<string, Record<Locale, string>>;

export type PerformanceMessageKey = keyof typeof performanceMessages;

/** A translator of `performanceMessages` for one locale. */
export function performanceTranslator(locale: Locale) {
  return (key: PerformanceMessageKey, params: Readonly<Record<string, string | number>> = {}): string =>
    performanceMessages[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/** The current language's `performanceMessages` translator, and the locale. */
export function usePerformanceText() {
  const { locale } = useLocale();
  return { locale, pt: performanceTranslator(locale) };
}
