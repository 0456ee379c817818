import type { Locale, LocalizedText } from '../../engine/index.js';

/**
 * Every string the dashboard widgets show by themselves (toolbar, table headings, summaries read
 * out for a chart), in every locale. `{name}` placeholders are filled by {@link formatChartMessage}.
 */
export const chartMessages = {
  category: { 'zh-CN': '类别', en: 'Category' },
  value: { 'zh-CN': '数值', en: 'Value' },
  share: { 'zh-CN': '占比', en: 'Share' },
  stage: { 'zh-CN': '阶段', en: 'Stage' },
  count: { 'zh-CN': '数量', en: 'Count' },
  conversion: { 'zh-CN': '阶段转化率', en: 'Conversion from previous stage' },
  overall: { 'zh-CN': '总转化率', en: 'Conversion from first stage' },
  actual: { 'zh-CN': '实际', en: 'Actual' },
  target: { 'zh-CN': '目标', en: 'Target' },
  completion: { 'zh-CN': '完成率', en: 'Completion' },
  previous: { 'zh-CN': '上期', en: 'Previous period' },
  change: { 'zh-CN': '变化', en: 'Change' },
  changeRatio: { 'zh-CN': '变化率', en: 'Change (%)' },
  vsPrevious: { 'zh-CN': '较上期', en: 'vs previous period' },
  rank: { 'zh-CN': '排名', en: 'Rank' },
  name: { 'zh-CN': '名称', en: 'Name' },
  rankChange: { 'zh-CN': '名次变化', en: 'Rank change' },
  rankUp: { 'zh-CN': '上升 {n} 名', en: 'up {n}' },
  rankDown: { 'zh-CN': '下降 {n} 名', en: 'down {n}' },
  rankSame: { 'zh-CN': '持平', en: 'no change' },
  rankNew: { 'zh-CN': '新上榜', en: 'new' },
  percentColumn: { 'zh-CN': '{label}（%）', en: '{label} (%)' },
  showTable: { 'zh-CN': '以表格显示', en: 'Show as table' },
  showChart: { 'zh-CN': '以图表显示', en: 'Show as chart' },
  exportPng: { 'zh-CN': '导出图片', en: 'Export PNG' },
  exportCsv: { 'zh-CN': '导出数据', en: 'Export CSV' },
  // The accessible names begin with the visible text (axe: label-content-name-mismatch), so a
  // voice-control user who says what they see reaches the button.
  exportPngOf: { 'zh-CN': '导出图片：{title}', en: 'Export PNG of “{title}”' },
  exportCsvOf: { 'zh-CN': '导出数据：{title}', en: 'Export CSV of “{title}”' },
  noData: { 'zh-CN': '暂无数据', en: 'No data' },
  dataMismatch: { 'zh-CN': '数据与组件类型不符，请刷新页面。', en: 'The data does not fit this widget; reload the page.' },
  drillInto: { 'zh-CN': '查看“{label}”的数据', en: 'Show the records of “{label}”' },
  openRecord: { 'zh-CN': '打开记录', en: 'Open record' },
  shownOfTotal: { 'zh-CN': '显示 {n} 条，共 {total} 条', en: 'Showing {n} of {total}' },
  summaryBar: { 'zh-CN': '柱状图：{n} 个类别，{s} 个系列，数据见表格', en: 'Bar chart of {n} categories and {s} series; the data is in the table' },
  summaryLine: { 'zh-CN': '折线图：{n} 个类别，{s} 个系列，数据见表格', en: 'Line chart of {n} categories and {s} series; the data is in the table' },
  summaryPie: { 'zh-CN': '饼图：{n} 个扇区，数据见表格', en: 'Pie chart of {n} slices; the data is in the table' },
  summaryFunnel: {
    'zh-CN': '漏斗图：{n} 个阶段，总转化率 {overall}，数据见表格',
    en: 'Funnel of {n} stages, {overall} overall conversion; the data is in the table',
  },
  summaryGauge: { 'zh-CN': '仪表盘图：完成 {completion}（{actual} / {target}）', en: 'Gauge: {completion} complete ({actual} of {target})' },
} as const satisfies Record<string, LocalizedText>;

export type ChartMessageKey = keyof typeof chartMessages;

/**
 * The widgets' text for `key` in `locale`, with `{name}` placeholders filled in.
 *
 * @example
 * formatChartMessage('en', 'rankUp', { n: 2 }) // 'up 2'
 */
export function formatChartMessage(locale: Locale, key: ChartMessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return chartMessages[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}
