import type { DashboardSchema, WidgetData } from '../../../engine/index.js';

/** A sales team's morning dashboard: one widget of every type, with data as the server sends it. */
export const sampleDashboard: DashboardSchema = {
  kind: 'dashboard',
  schemaVersion: 1,
  title: '销售晨会',
  widgets: [
    { id: 'revenue', type: 'kpi', title: '本月回款', query: { formId: 'payments', measures: [{ id: 'sum', op: 'sum', field: 'amount' }] }, layout: { x: 0, y: 0, w: 3, h: 2 }, compareTo: 'previousPeriod', unit: '元' },
    {
      id: 'byMonth',
      type: 'bar',
      title: 'Revenue by month',
      query: { formId: 'deals', groupBy: [{ field: 'closedAt', bucket: 'month' }, { field: 'region' }], measures: [{ id: 'sum', op: 'sum', field: 'amount' }] },
      layout: { x: 3, y: 0, w: 9, h: 4 },
      stacked: true,
    },
    { id: 'trend', type: 'line', title: 'Visits', query: { formId: 'visits', groupBy: [{ field: 'date', bucket: 'week' }] }, layout: { x: 0, y: 4, w: 6, h: 4 } },
    { id: 'sources', type: 'pie', title: 'Lead sources', query: { formId: 'leads', groupBy: [{ field: 'source' }] }, layout: { x: 6, y: 4, w: 6, h: 4 }, donut: true },
    { id: 'funnel', type: 'funnel', title: '商机漏斗', query: { formId: 'deals', groupBy: [{ field: 'stage' }] }, layout: { x: 0, y: 8, w: 4, h: 4 }, stages: ['lead', 'quote', 'won'] },
    { id: 'target', type: 'gauge', title: 'Target', query: { formId: 'deals', measures: [{ id: 'sum', op: 'sum', field: 'amount' }] }, layout: { x: 4, y: 8, w: 4, h: 4 }, target: 200000 },
    { id: 'top', type: 'leaderboard', title: 'Top reps', query: { formId: 'deals', groupBy: [{ field: 'owner' }], measures: [{ id: 'sum', op: 'sum', field: 'amount' }] }, layout: { x: 8, y: 8, w: 4, h: 4 } },
    {
      id: 'pivot',
      type: 'pivot',
      title: 'Deals by region and quarter',
      query: { formId: 'deals', groupBy: [{ field: 'region' }, { field: 'closedAt', bucket: 'quarter' }] },
      layout: { x: 0, y: 12, w: 6, h: 4 },
      columnLevels: 1,
    },
    { id: 'latest', type: 'table', title: 'Latest deals', query: { formId: 'deals' }, layout: { x: 6, y: 12, w: 6, h: 4 }, columns: ['customer', 'amount'] },
  ],
};

export const sampleData = {
  revenue: { type: 'kpi', value: 123456.5, previous: 100000, change: { absolute: 23456.5, ratio: 0.234565 } },
  byMonth: {
    type: 'bar',
    dimensionLabel: 'Month',
    categories: [
      { value: '2024-01', label: 'Jan' },
      { value: '2024-02', label: 'Feb' },
    ],
    series: [
      { id: 'north', label: 'North', member: { value: 'N', label: 'North' }, values: [100, 120] },
      { id: 'south', label: 'South', member: { value: 'S', label: 'South' }, values: [80, null] },
    ],
  },
  trend: {
    type: 'line',
    categories: [
      { value: '2024-W01', label: 'W1' },
      { value: '2024-W02', label: 'W2' },
      { value: '2024-W03', label: 'W3' },
    ],
    series: [{ id: 'count', label: 'Visits', values: [5, 8, 13] }],
  },
  sources: {
    type: 'pie',
    dimensionLabel: 'Source',
    slices: [
      { member: { value: 'web', label: 'Website' }, value: 30 },
      { member: { value: 'fair', label: 'Trade fair' }, value: 10 },
    ],
  },
  funnel: {
    type: 'funnel',
    stages: [
      { member: { value: 'lead', label: '线索' }, count: 200, conversion: null, overall: 1 },
      { member: { value: 'quote', label: '报价' }, count: 50, conversion: 0.25, overall: 0.25 },
      { member: { value: 'won', label: '成交' }, count: 10, conversion: 0.2, overall: 0.05 },
    ],
  },
  target: { type: 'gauge', actual: 150000, target: 200000, completion: 0.75 },
  top: {
    type: 'leaderboard',
    dimensionLabel: 'Rep',
    valueLabel: 'Amount',
    rows: [
      { member: { value: 'u2', label: 'Li Qiang' }, value: 120, rank: 1, previousRank: 3, rankChange: 2 },
      { member: { value: 'u1', label: 'Wang Fang' }, value: 90, rank: 2, previousRank: 1, rankChange: -1 },
      { member: { value: 'u3', label: 'Zhang Wei' }, value: 90, rank: 2, previousRank: null, rankChange: null },
    ],
  },
  pivot: {
    type: 'pivot',
    rowDimensions: ['Region'],
    columnDimensions: ['Quarter'],
    rowKeys: [[{ value: 'N', label: 'North' }], [{ value: 'S', label: 'South' }]],
    columnKeys: [[{ value: '2024-Q1', label: 'Q1' }], [{ value: '2024-Q2', label: 'Q2' }]],
    measures: [{ id: 'count', label: 'Deals' }],
    cells: [
      [[3], [4]],
      [[1], [null]],
    ],
  },
  latest: {
    type: 'table',
    columns: [
      { field: 'customer', label: 'Customer' },
      { field: 'amount', label: 'Amount', numeric: true },
    ],
    rows: [
      { id: 'r1', cells: ['=HYPERLINK("http://evil")', 5000] },
      { id: 'r2', cells: ['Acme, Inc.', 1200.5] },
    ],
    total: 40,
  },
} as const satisfies Record<string, WidgetData>;

/** The widget of `sampleDashboard` with this id, typed by its type. */
export function sampleWidget<T extends DashboardSchema['widgets'][number]['type']>(id: keyof typeof sampleData, type: T) {
  const widget = sampleDashboard.widgets.find((candidate) => candidate.id === id);
  if (widget?.type !== type) throw new Error(`no ${type} widget ${id}`);
  return widget as Extract<DashboardSchema['widgets'][number], { type: T }>;
}
