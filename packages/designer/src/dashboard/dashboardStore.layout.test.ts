import { describe, expect, it } from 'vitest';
import { createTestDashboardStore } from './testing/createTestDashboardStore.js';

function twoWidgets() {
  const store = createTestDashboardStore();
  store.getState().addWidget('bar'); // w_1 at 0,0 6×4
  store.getState().addWidget('pie'); // w_2 at 6,0 4×4
  return store;
}

describe('moving and resizing on the 12-column grid', () => {
  it('moves a widget to a free place and resizes it in place', () => {
    const store = twoWidgets();
    expect(store.getState().moveWidget('w_2', { x: 8, y: 0 })).toEqual({ ok: true });
    expect(store.getState().resizeWidget('w_1', { w: 8, h: 5 })).toEqual({ ok: true });
    expect(store.getState().dashboard.widgets.map((widget) => widget.layout)).toEqual([
      { x: 0, y: 0, w: 8, h: 5 },
      { x: 8, y: 0, w: 4, h: 4 },
    ]);
  });

  it('refuses a move or resize onto another widget, naming it, and changes nothing', () => {
    const store = twoWidgets();
    const before = store.getState().dashboard;
    const moved = store.getState().moveWidget('w_2', { x: 5, y: 0 });
    expect(moved.ok).toBe(false);
    expect(store.getState().lastError).toEqual({ 'zh-CN': '“Pie chart”会和“Bar chart”重叠', en: '“Pie chart” would overlap “Bar chart”' });
    expect(store.getState().resizeWidget('w_1', { w: 7, h: 4 }).ok).toBe(false);
    expect(store.getState().dashboard).toBe(before);
    expect(store.getState().history.past).toHaveLength(2);
  });

  it('keeps widgets inside the grid, at least 2 × 2 and at most 12 rows high', () => {
    const store = twoWidgets();
    expect(store.getState().moveWidget('w_2', { x: 9, y: 0 }).ok).toBe(false);
    expect(store.getState().lastError?.en).toBe('“Pie chart” cannot go outside the 12-column grid');
    expect(store.getState().moveWidget('w_1', { x: -1, y: 0 }).ok).toBe(false);
    expect(store.getState().moveWidget('w_1', { x: 0, y: -1 }).ok).toBe(false);
    expect(store.getState().resizeWidget('w_2', { w: 1, h: 4 }).ok).toBe(false);
    expect(store.getState().lastError?.en).toBe('“Pie chart” is at least 2 cells wide and 2 high');
    expect(store.getState().resizeWidget('w_2', { w: 4, h: 13 }).ok).toBe(false);
    expect(store.getState().lastError?.['zh-CN']).toBe('“Pie chart”最多高 12 格');
    expect(store.getState().dashboard.widgets.map((widget) => widget.layout)).toEqual([
      { x: 0, y: 0, w: 6, h: 4 },
      { x: 6, y: 0, w: 4, h: 4 },
    ]);
  });

  it('moves below another widget, where rows are free', () => {
    const store = twoWidgets();
    expect(store.getState().placeWidget('w_2', { x: 0, y: 4, w: 12, h: 3 })).toEqual({ ok: true });
    expect(store.getState().dashboard.widgets[1]?.layout).toEqual({ x: 0, y: 4, w: 12, h: 3 });
    expect(store.getState().history.past).toHaveLength(3);
  });

  it('removes a widget and its dashboard filter bindings', () => {
    const store = createTestDashboardStore({
      initial: {
        kind: 'dashboard',
        schemaVersion: 1,
        title: 'Sales',
        widgets: [
          { id: 'a', type: 'kpi', title: 'Deals', query: { formId: 'frm_deals' }, layout: { x: 0, y: 0, w: 3, h: 2 } },
          { id: 'b', type: 'kpi', title: 'Visits', query: { formId: 'frm_visits' }, layout: { x: 3, y: 0, w: 3, h: 2 } },
        ],
        filters: [{ id: 'period', label: 'Period', kind: 'dateRange', bindings: { a: '_createdAt', b: '_createdAt' } }],
      },
    });
    store.getState().selectWidget('a');
    expect(store.getState().removeWidget('a')).toEqual({ ok: true });
    expect(store.getState().dashboard.widgets.map((widget) => widget.id)).toEqual(['b']);
    expect(store.getState().dashboard.filters?.[0]?.bindings).toEqual({ b: '_createdAt' });
    expect(store.getState().selectedId).toBeNull();
    expect(store.getState().removeWidget('a').ok).toBe(false);
    expect(store.getState().lastError?.en).toBe('There is no widget a');
  });
});
