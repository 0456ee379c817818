import { describe, expect, it } from 'vitest';
import { createTestDashboardStore } from './testing/createTestDashboardStore.js';

describe('a widget’s order and how many it shows', () => {
  it('a top 5 of a bar chart: by its value, largest first, the first five', () => {
    const store = createTestDashboardStore();
    store.getState().addWidget('bar');
    store.getState().updateWidgetQuery('w_1', { groupBy: [{ field: 'f_region' }] });
    expect(store.getState().setWidgetSort('w_1', { by: 'count', direction: 'desc' }).ok).toBe(true);
    expect(store.getState().setWidgetLimit('w_1', 5).ok).toBe(true);
    expect(store.getState().dashboard.widgets[0]?.query).toEqual({ formId: 'frm_deals', groupBy: [{ field: 'f_region' }], sort: { by: 'count', direction: 'desc' }, limit: 5 });
    // Back to the grouping's order and every group: nothing written.
    store.getState().setWidgetSort('w_1', null);
    store.getState().setWidgetLimit('w_1', null);
    expect(store.getState().dashboard.widgets[0]?.query).toEqual({ formId: 'frm_deals', groupBy: [{ field: 'f_region' }] });
  });

  it('a sort by the value follows the measure: count → sum → count, and onto another form', () => {
    const store = createTestDashboardStore();
    store.getState().addWidget('pie');
    store.getState().updateWidgetQuery('w_1', { groupBy: [{ field: 'f_region' }] });
    store.getState().setWidgetSort('w_1', { by: 'count', direction: 'asc' });
    store.getState().setWidgetLimit('w_1', 3);
    store.getState().updateWidgetQuery('w_1', { measure: { op: 'sum', field: 'f_amount' } });
    expect(store.getState().dashboard.widgets[0]?.query.sort).toEqual({ by: 'value', direction: 'asc' });
    store.getState().updateWidgetQuery('w_1', { measure: { op: 'count' } });
    expect(store.getState().dashboard.widgets[0]?.query.sort).toEqual({ by: 'count', direction: 'asc' });
    store.getState().updateWidgetQuery('w_1', { formId: 'frm_visits' });
    expect(store.getState().dashboard.widgets[0]?.query).toEqual({ formId: 'frm_visits', sort: { by: 'count', direction: 'asc' }, limit: 3 });
  });

  it('a sort by a grouped field goes with the grouping; a date by a time bucket cannot be named', () => {
    const store = createTestDashboardStore();
    store.getState().addWidget('bar');
    store.getState().updateWidgetQuery('w_1', { groupBy: [{ field: 'f_region' }] });
    expect(store.getState().setWidgetSort('w_1', { by: 'f_region', direction: 'desc' }).ok).toBe(true);
    store.getState().updateWidgetQuery('w_1', { groupBy: [{ field: 'f_closed', bucket: 'month' }] });
    expect(store.getState().dashboard.widgets[0]?.query).not.toHaveProperty('sort');
    const refused = store.getState().setWidgetSort('w_1', { by: 'f_closed', direction: 'desc' });
    expect(refused.ok).toBe(false);
    expect(store.getState().lastError?.en).toBe('Cannot sort by “f_closed”: sort by the value, or by a field grouped as it is (not by a time bucket)');
    expect(store.getState().lastError?.['zh-CN']).toContain('不能按“f_closed”排序');
  });

  it('a leaderboard’s size is its limit; it has no sort of its own: always ranked by the value', () => {
    const store = createTestDashboardStore({ locale: 'zh-CN' });
    store.getState().addWidget('leaderboard');
    store.getState().setWidgetLimit('w_1', 5);
    expect(store.getState().dashboard.widgets[0]?.query).toEqual({ formId: 'frm_deals', groupBy: [{ field: '_createdBy' }], limit: 5 });
    expect(store.getState().setWidgetSort('w_1', { by: 'count', direction: 'asc' }).ok).toBe(false);
    expect(store.getState().lastError?.['zh-CN']).toBe('排行榜的顺序是固定的，不能设置排序');
  });

  it('a record table sorts by any field and shows its page size; a KPI card has neither', () => {
    const store = createTestDashboardStore();
    store.getState().addWidget('table');
    store.getState().addWidget('kpi');
    expect(store.getState().setWidgetSort('w_1', { by: 'f_amount', direction: 'desc' }).ok).toBe(true);
    expect(store.getState().setWidgetLimit('w_1', 50).ok).toBe(true);
    expect(store.getState().dashboard.widgets[0]).toMatchObject({ pageSize: 50, query: { formId: 'frm_deals', sort: { by: 'f_amount', direction: 'desc' } } });
    expect(store.getState().dashboard.widgets[0]?.query).not.toHaveProperty('limit');
    // More rows than a page may hold: the document's checks refuse it.
    expect(store.getState().setWidgetLimit('w_1', 501).ok).toBe(false);
    expect(store.getState().setWidgetLimit('w_2', 3).ok).toBe(false);
    expect(store.getState().lastError?.en).toBe('A KPI card shows one number: it has no count of rows to set');
    expect(store.getState().setWidgetSort('w_2', null).ok).toBe(false);
    expect(store.getState().setWidgetLimit('w_1', 0).ok).toBe(false);
    expect(store.getState().dashboard.widgets[0]).toMatchObject({ pageSize: 50 });
  });

  it('undo takes back one order change at a time', () => {
    const store = createTestDashboardStore();
    store.getState().addWidget('bar');
    store.getState().setWidgetLimit('w_1', 10);
    store.getState().setWidgetLimit('w_1', 3);
    store.getState().undo();
    expect(store.getState().dashboard.widgets[0]?.query.limit).toBe(10);
  });
});
