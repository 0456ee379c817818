import { describe, expect, it } from 'vitest';
import { exampleDashboard } from '../testing/exampleDashboard.js';
import { issueAt, parsedValue } from '../testing/parseOutcome.js';
import { parseDashboardSchema } from './parseDashboardSchema.js';

const kpi = { id: 'w_a', type: 'kpi', title: 'Orders', query: { formId: 'orders' }, layout: { x: 0, y: 0, w: 3, h: 2 } };

function dashboardWith(widgets: readonly unknown[], rest: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  return { kind: 'dashboard', schemaVersion: 1, title: 'Sales', widgets, ...rest };
}

describe('parseDashboardSchema', () => {
  it('parses the smallest dashboard: one KPI card counting records', () => {
    const dashboard = dashboardWith([kpi]);
    expect(parsedValue(parseDashboardSchema(dashboard))).toEqual(dashboard);
  });

  it('parses a realistic dashboard with every widget type unchanged', () => {
    expect(parsedValue(parseDashboardSchema(exampleDashboard))).toEqual(exampleDashboard);
    expect(new Set(exampleDashboard.widgets.map((widget) => widget.type))).toEqual(
      new Set(['kpi', 'bar', 'line', 'pie', 'funnel', 'gauge', 'leaderboard', 'pivot', 'table']),
    );
  });

  it('checks each widget by its own type', () => {
    const result = parseDashboardSchema(
      dashboardWith([
        { ...kpi, type: 'gauge' },
        { ...kpi, id: 'w_b', type: 'pie', stacked: true },
        { ...kpi, id: 'w_c', type: 'radar' },
        { ...kpi, id: 'w_d', type: 'table', pageSize: 0 },
      ]),
    );
    expect(issueAt(result, '/widgets/0/target').code).toBe('required');
    const extra = issueAt(result, '/widgets/1/stacked');
    expect(extra.code).toBe('unknownProperty');
    expect(extra.message.en).toBe('Widget 2 ("Orders") is a Pie chart widget and has no setting "stacked"');
    expect(issueAt(result, '/widgets/2/type').code).toBe('enum');
    expect(issueAt(result, '/widgets/3/pageSize').code).toBe('tooSmall');
  });

  it('checks queries: measures, grouping, sort and filter', () => {
    const query = {
      formId: 'orders',
      groupBy: [{ field: 'f_date', bucket: 'hour' }],
      measures: [{ id: 'm_sum', op: 'sum' }, { id: 'm_x', op: 'median', field: 'f_a' }],
      sort: { by: 'm_sum' },
      filter: { or: [{ field: 'f_a', op: 'in', value: 'x' }] },
    };
    const result = parseDashboardSchema(dashboardWith([{ ...kpi, query }]));
    expect(issueAt(result, '/widgets/0/query/groupBy/0/bucket').code).toBe('enum');
    const missing = issueAt(result, '/widgets/0/query/measures/0/field');
    expect(missing.message).toEqual({
      'zh-CN': '第 1 个组件“Orders”的第 1 个指标缺少“字段”(field)',
      en: 'Measure 1 of widget 1 ("Orders") is missing its field',
    });
    expect(issueAt(result, '/widgets/0/query/measures/1/op').code).toBe('enum');
    expect(issueAt(result, '/widgets/0/query/sort/direction').code).toBe('required');
    expect(issueAt(result, '/widgets/0/query/filter/or/0/value').code).toBe('type');
  });

  it('keeps widgets on the 12-column grid', () => {
    expect(issueAt(parseDashboardSchema(dashboardWith([{ ...kpi, layout: { x: 0, y: 0, w: 13, h: 2 } }])), '/widgets/0/layout/w').code).toBe('tooLarge');
    const offGrid = issueAt(parseDashboardSchema(dashboardWith([{ ...kpi, layout: { x: 8, y: 0, w: 6, h: 2 } }])), '/widgets/0/layout/w');
    expect(offGrid.code).toBe('outsideGrid');
    expect(offGrid.message.en).toContain('column 8 plus width 6 is more than 12');
    expect(parseDashboardSchema(dashboardWith([{ ...kpi, layout: { x: 8, y: 0, w: 4, h: 2 } }])).ok).toBe(true);
  });

  it('refuses widget and filter ids used twice, and filters bound to missing widgets', () => {
    const filter = { id: 'flt', label: 'Period', kind: 'dateRange', bindings: { w_a: 'f_date', w_gone: 'f_date' } };
    const result = parseDashboardSchema(dashboardWith([kpi, kpi], { filters: [filter, filter] }));
    expect(issueAt(result, '/widgets/1/id').code).toBe('duplicateWidgetId');
    expect(issueAt(result, '/filters/1/id').code).toBe('duplicateFilterId');
    const unbound = issueAt(result, '/filters/0/bindings/w_gone');
    expect(unbound.code).toBe('unknownWidget');
    expect(unbound.message.en).toBe('Filter 1 ("Period") applies to widget "w_gone", which is not on this dashboard');
  });

  it('takes whose data it shows (the viewer\'s rows by default, or all of them) and filters on any field', () => {
    const filter = { id: 'flt_stage', label: 'Stage', kind: 'field', bindings: { w_a: 'f_stage' } };
    const everyone = dashboardWith([kpi], { dataScope: 'all', filters: [filter] });
    expect(parsedValue(parseDashboardSchema(everyone))).toEqual(everyone);
    expect(parseDashboardSchema(dashboardWith([kpi], { dataScope: 'viewer' })).ok).toBe(true);
    const wrong = issueAt(parseDashboardSchema(dashboardWith([kpi], { dataScope: 'team' })), '/dataScope');
    expect(wrong.code).toBe('enum');
    expect(wrong.message['zh-CN']).toContain('数据范围');
    expect(wrong.message.en).toContain('data scope');
  });
});
