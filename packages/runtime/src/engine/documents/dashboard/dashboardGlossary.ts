import { withArticle } from '../englishPhrases.js';
import type { DocumentGlossary } from '../DocumentGlossary.js';
import { isJsonObject } from '../JsonValue.js';

const widgetTypeNames = {
  kpi: { 'zh-CN': '指标卡', en: 'KPI card' },
  bar: { 'zh-CN': '柱状图', en: 'Bar chart' },
  line: { 'zh-CN': '折线图', en: 'Line chart' },
  pie: { 'zh-CN': '饼图', en: 'Pie chart' },
  funnel: { 'zh-CN': '漏斗图', en: 'Funnel' },
  gauge: { 'zh-CN': '仪表盘图', en: 'Gauge' },
  leaderboard: { 'zh-CN': '排行榜', en: 'Leaderboard' },
  pivot: { 'zh-CN': '透视表', en: 'Pivot table' },
  table: { 'zh-CN': '明细表', en: 'Table' },
} as const;

/** The words of dashboard faults, as the dashboard designer names things. */
export const dashboardGlossary: DocumentGlossary = {
  document: { 'zh-CN': '仪表盘', en: 'the dashboard' },
  collections: {
    widgets: { 'zh-CN': '个组件', en: 'widget' },
    filters: { 'zh-CN': '个筛选器', en: 'filter' },
    measures: { 'zh-CN': '个指标', en: 'measure' },
    groupBy: { 'zh-CN': '个分组', en: 'grouping' },
    and: { 'zh-CN': '个条件', en: 'condition' },
    or: { 'zh-CN': '个条件', en: 'condition' },
  },
  properties: {
    kind: { 'zh-CN': '类型', en: 'kind' },
    schemaVersion: { 'zh-CN': '版本号', en: 'schema version' },
    title: { 'zh-CN': '标题', en: 'title' },
    description: { 'zh-CN': '描述', en: 'description' },
    widgets: { 'zh-CN': '组件', en: 'widgets' },
    filters: { 'zh-CN': '筛选器', en: 'filters' },
    dataScope: { 'zh-CN': '数据范围', en: 'data scope' },
    id: { 'zh-CN': 'ID', en: 'id' },
    type: { 'zh-CN': '图表类型', en: 'type' },
    query: { 'zh-CN': '数据', en: 'data query' },
    layout: { 'zh-CN': '位置', en: 'layout' },
    x: { 'zh-CN': '横向位置', en: 'column' },
    y: { 'zh-CN': '纵向位置', en: 'row' },
    w: { 'zh-CN': '宽度', en: 'width' },
    h: { 'zh-CN': '高度', en: 'height' },
    formId: { 'zh-CN': '数据表单', en: 'form' },
    groupBy: { 'zh-CN': '分组', en: 'grouping' },
    bucket: { 'zh-CN': '时间粒度', en: 'time bucket' },
    measures: { 'zh-CN': '指标', en: 'measures' },
    op: { 'zh-CN': '计算方式', en: 'operation' },
    field: { 'zh-CN': '字段', en: 'field' },
    label: { 'zh-CN': '名称', en: 'label' },
    filter: { 'zh-CN': '筛选条件', en: 'filter' },
    sort: { 'zh-CN': '排序', en: 'sort order' },
    by: { 'zh-CN': '排序依据', en: 'sort key' },
    direction: { 'zh-CN': '排序方向', en: 'direction' },
    limit: { 'zh-CN': '显示条数', en: 'limit' },
    compareTo: { 'zh-CN': '对比', en: 'comparison' },
    unit: { 'zh-CN': '单位', en: 'unit' },
    stacked: { 'zh-CN': '堆叠', en: '"stacked" setting' },
    horizontal: { 'zh-CN': '横向', en: '"horizontal" setting' },
    area: { 'zh-CN': '面积', en: '"area" setting' },
    donut: { 'zh-CN': '环形', en: '"donut" setting' },
    stages: { 'zh-CN': '阶段', en: 'stages' },
    target: { 'zh-CN': '目标值', en: 'target' },
    columnLevels: { 'zh-CN': '列分组层数', en: 'column levels' },
    columns: { 'zh-CN': '显示字段', en: 'columns' },
    pageSize: { 'zh-CN': '每页条数', en: 'page size' },
    bindings: { 'zh-CN': '作用字段', en: 'bindings' },
    value: { 'zh-CN': '值', en: 'value' },
  },
  itemKind: (collection, item) => {
    if (collection !== 'widgets' || !isJsonObject(item)) return undefined;
    const type = item['type'];
    if (typeof type !== 'string' || !Object.hasOwn(widgetTypeNames, type)) return undefined;
    const name = widgetTypeNames[type as keyof typeof widgetTypeNames];
    return { 'zh-CN': `“${name['zh-CN']}”组件`, en: withArticle(`${name.en} widget`) };
  },
};
