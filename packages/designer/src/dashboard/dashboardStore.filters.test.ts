import { describe, expect, it } from 'vitest';
import { createTestDashboardStore } from './testing/createTestDashboardStore.js';

describe('dashboard filters', () => {
  it('adds a period filter, binds it to each widget’s date field, renames it, and unbinds one', () => {
    const store = createTestDashboardStore({ locale: 'zh-CN' });
    store.getState().addWidget('bar');
    store.getState().addWidget('kpi');
    expect(store.getState().addDashboardFilter('dateRange')).toEqual({ ok: true, id: 'f_3' });
    store.getState().updateDashboardFilter('f_3', { widgetId: 'w_1', field: 'f_closed' });
    store.getState().updateDashboardFilter('f_3', { widgetId: 'w_2', field: '_createdAt' });
    store.getState().updateDashboardFilter('f_3', { label: '成交月份' });
    expect(store.getState().dashboard.filters).toEqual([{ id: 'f_3', label: '成交月份', kind: 'dateRange', bindings: { w_1: 'f_closed', w_2: '_createdAt' } }]);
    store.getState().updateDashboardFilter('f_3', { widgetId: 'w_2', field: null });
    expect(store.getState().dashboard.filters?.[0]?.bindings).toEqual({ w_1: 'f_closed' });
  });

  it('starts named after its kind in the editor’s language', () => {
    const store = createTestDashboardStore();
    store.getState().addDashboardFilter('department');
    expect(store.getState().dashboard.filters?.[0]).toEqual({ id: 'f_1', label: 'Department', kind: 'department', bindings: {} });
  });

  it('refuses a binding to a widget that is not there, an empty name, an unknown filter', () => {
    const store = createTestDashboardStore();
    store.getState().addDashboardFilter('member');
    expect(store.getState().updateDashboardFilter('f_1', { widgetId: 'w_9', field: '_owner' }).ok).toBe(false);
    expect(store.getState().lastError?.en).toBe('There is no widget w_9');
    expect(store.getState().updateDashboardFilter('f_1', { label: '' }).ok).toBe(false);
    expect(store.getState().removeDashboardFilter('f_7').ok).toBe(false);
    expect(store.getState().lastError?.['zh-CN']).toBe('找不到筛选器 f_7');
  });

  it('removing the last filter leaves no filters at all; undo brings it back', () => {
    const store = createTestDashboardStore();
    store.getState().addDashboardFilter('field');
    store.getState().removeDashboardFilter('f_1');
    expect(store.getState().dashboard).not.toHaveProperty('filters');
    store.getState().undo();
    expect(store.getState().dashboard.filters?.map((filter) => filter.kind)).toEqual(['field']);
  });
});
