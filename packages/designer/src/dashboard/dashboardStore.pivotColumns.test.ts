import { describe, expect, it } from 'vitest';
import { createTestDashboardStore } from './testing/createTestDashboardStore.js';

describe('a pivot table’s columns', () => {
  it('spreads the values across a second grouping: regions down, months across', () => {
    const store = createTestDashboardStore();
    store.getState().addWidget('pivot');
    store.getState().updateWidgetQuery('w_1', { groupBy: [{ field: 'f_region' }] });
    expect(store.getState().setPivotColumns('w_1', { field: 'f_closed', bucket: 'month' }).ok).toBe(true);
    expect(store.getState().dashboard.widgets[0]).toMatchObject({ columnLevels: 1, query: { groupBy: [{ field: 'f_region' }, { field: 'f_closed', bucket: 'month' }] } });
    // Other columns replace them; the rows stay.
    store.getState().setPivotColumns('w_1', { field: 'f_stage' });
    expect(store.getState().dashboard.widgets[0]).toMatchObject({ columnLevels: 1, query: { groupBy: [{ field: 'f_region' }, { field: 'f_stage' }] } });
    store.getState().setPivotColumns('w_1', null);
    expect(store.getState().dashboard.widgets[0]?.query.groupBy).toEqual([{ field: 'f_region' }]);
    expect(store.getState().dashboard.widgets[0]).not.toHaveProperty('columnLevels');
  });

  it('refuses columns before rows, the rows’ own field, and a widget that is not a pivot', () => {
    const store = createTestDashboardStore();
    store.getState().addWidget('pivot');
    store.getState().addWidget('bar');
    expect(store.getState().setPivotColumns('w_1', { field: 'f_stage' }).ok).toBe(false);
    expect(store.getState().lastError).toEqual({ 'zh-CN': '请先选择行分组，再选择列分组', en: 'Pick the rows’ grouping before the columns’' });
    store.getState().updateWidgetQuery('w_1', { groupBy: [{ field: 'f_stage' }] });
    expect(store.getState().setPivotColumns('w_1', { field: 'f_stage' }).ok).toBe(false);
    expect(store.getState().setPivotColumns('w_2', { field: 'f_region' }).ok).toBe(false);
    expect(store.getState().lastError?.en).toBe('“Bar chart” is not a pivot table: it has no column grouping');
    expect(store.getState().dashboard.widgets[0]).not.toHaveProperty('columnLevels');
  });

  it('clearing the rows clears the columns; a chart’s series become a pivot’s columns', () => {
    const store = createTestDashboardStore();
    store.getState().addWidget('pivot');
    store.getState().updateWidgetQuery('w_1', { groupBy: [{ field: 'f_region' }] });
    store.getState().setPivotColumns('w_1', { field: 'f_stage' });
    store.getState().updateWidgetQuery('w_1', { groupBy: null });
    expect(store.getState().dashboard.widgets[0]).not.toHaveProperty('columnLevels');
    expect(store.getState().dashboard.widgets[0]?.query).not.toHaveProperty('groupBy');

    store.getState().addWidget('bar');
    store.getState().updateWidgetQuery('w_2', { groupBy: [{ field: 'f_region' }, { field: 'f_stage' }] });
    store.getState().changeWidgetType('w_2', 'pivot');
    expect(store.getState().dashboard.widgets[1]).toMatchObject({ type: 'pivot', columnLevels: 1 });
  });
});
